package org.cyberpolicy.quiz.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bound on registrations hashing at once: how many run, how many wait, and what happens to the rest. */
class HashingGateTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** Starts work on the gate that runs until {@code release} opens; returns once it is running. */
    private Future<String> holding(HashingGate gate, CountDownLatch release) throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        Future<String> held = pool.submit(() -> gate.run(() -> {
            running.countDown();
            await(release);
            return "held";
        }));
        assertTrue(running.await(10, TimeUnit.SECONDS), "the held work never started");
        return held;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void workBeyondTheRunningAndTheWaitingIsTurnedAwayAtOnce() throws Exception {
        HashingGate gate = new HashingGate(1, 0, Duration.ofMinutes(1));
        CountDownLatch release = new CountDownLatch(1);
        Future<String> held = holding(gate, release);

        long start = System.nanoTime();
        assertThrows(HashingGate.Busy.class, () -> gate.run(() -> "second"));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(30), "it waited for its turn");

        release.countDown();
        assertEquals("held", held.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aWaitingOneRunsOnceTheRunningOneIsDone() throws Exception {
        HashingGate gate = new HashingGate(1, 1, Duration.ofMinutes(1));
        CountDownLatch release = new CountDownLatch(1);
        Future<String> held = holding(gate, release);
        AtomicInteger ranWhileHeld = new AtomicInteger();

        Future<String> waiting = pool.submit(() -> gate.run(() -> {
            ranWhileHeld.set(release.getCount() == 0 ? 0 : 1);
            return "waited";
        }));
        release.countDown();

        assertEquals("held", held.get(10, TimeUnit.SECONDS));
        assertEquals("waited", waiting.get(10, TimeUnit.SECONDS));
        assertEquals(0, ranWhileHeld.get(), "the waiting work ran beside the running one");
    }

    @Test
    void aWaitingOneIsTurnedAwayWhenNoTurnComesInTime() throws Exception {
        HashingGate gate = new HashingGate(1, 1, Duration.ofMillis(50));
        CountDownLatch release = new CountDownLatch(1);
        Future<String> held = holding(gate, release);

        assertThrows(HashingGate.Busy.class, () -> gate.run(() -> "too late"));

        release.countDown();
        held.get(10, TimeUnit.SECONDS);
    }

    @Test
    void neverMoreRunAtOnceThanAllowed() throws Exception {
        HashingGate gate = new HashingGate(2, 100, Duration.ofMinutes(1));
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            runs.add(pool.submit(() -> gate.run(() -> {
                most.accumulateAndGet(now.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return now.decrementAndGet();
            })));
        }
        for (Future<Integer> run : runs) {
            run.get(30, TimeUnit.SECONDS);
        }

        assertTrue(most.get() <= 2, "at most 2 at once, but " + most.get() + " ran together");
    }

    @Test
    void aTurnedAwayOneLeavesItsPlaceInTheQueue() throws Exception {
        HashingGate gate = new HashingGate(1, 1, Duration.ZERO);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> held = holding(gate, release);
        for (int i = 0; i < 3; i++) {
            assertThrows(HashingGate.Busy.class, () -> gate.run(() -> "no turn"));
        }
        release.countDown();
        held.get(10, TimeUnit.SECONDS);

        assertEquals("after", gate.run(() -> "after"));
    }

    @Test
    void nonsenseSizesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new HashingGate(0, 1, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new HashingGate(1, -1, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new HashingGate(1, 1, Duration.ofSeconds(-1)));
    }
}
