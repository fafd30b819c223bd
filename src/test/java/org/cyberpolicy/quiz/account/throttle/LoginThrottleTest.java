package org.cyberpolicy.quiz.account.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The throttle's rules, on a clock the tests move by hand. */
class LoginThrottleTest {

    private static final String HOME = "192.0.2.1";
    private static final String ELSEWHERE = "198.51.100.7";

    private Instant now = Instant.parse("2026-03-01T09:00:00Z");

    private LoginThrottle throttle(int perName, int perAddress, int maxTracked) {
        return new LoginThrottle(new ThrottleRules(perName, perAddress, Duration.ofSeconds(1), Duration.ofMinutes(15),
                Duration.ofMinutes(15), maxTracked), () -> now);
    }

    private LoginThrottle throttle() {
        return throttle(5, 50, 10_000);
    }

    private static void fail(LoginThrottle throttle, String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name, address);
        }
    }

    private void pass(Duration time) {
        now = now.plus(time);
    }

    @Test
    void fourFailuresDoNotDelayTheFifthAttempt() {
        LoginThrottle throttle = throttle();
        fail(throttle, "alice", HOME, 4);
        assertEquals(Optional.empty(), throttle.refusal("alice", HOME));
    }

    @Test
    void theFifthFailureMakesTheNameWaitOneSecondFromAnyAddress() {
        LoginThrottle throttle = throttle();
        fail(throttle, "alice", HOME, 5);
        SignInRefusal refusal = throttle.refusal("alice", ELSEWHERE).orElseThrow();
        assertFalse(refusal.forAddress());
        assertEquals(Duration.ofSeconds(1), refusal.delay());
        assertEquals("Too many failed sign-ins for this name; try again in about 1 second.", refusal.message());
        pass(Duration.ofMillis(999));
        assertTrue(throttle.refusal("alice", HOME).isPresent());
        pass(Duration.ofMillis(1));
        assertEquals(Optional.empty(), throttle.refusal("alice", HOME));
    }

    @Test
    void eachFurtherFailureDoublesTheWait() {
        LoginThrottle throttle = throttle();
        fail(throttle, "alice", HOME, 5);
        for (long expected : new long[] { 2, 4, 8, 16 }) {
            pass(throttle.refusal("alice", HOME).orElseThrow().delay());
            throttle.failed("alice", HOME);
            assertEquals(Duration.ofSeconds(expected), throttle.refusal("alice", HOME).orElseThrow().delay());
        }
    }

    @Test
    void theWaitStopsGrowingAtTheMaximum() {
        LoginThrottle throttle = throttle();
        fail(throttle, "alice", HOME, 5 + 10);
        assertEquals(Duration.ofMinutes(15), throttle.refusal("alice", HOME).orElseThrow().delay());
        fail(throttle, "alice", HOME, 1000);
        SignInRefusal refusal = throttle.refusal("alice", HOME).orElseThrow();
        assertEquals(Duration.ofMinutes(15), refusal.delay());
        assertEquals("Too many failed sign-ins for this name; try again in about 15 minutes.", refusal.message());
    }

    @Test
    void aSuccessClearsTheNamesCount() {
        LoginThrottle throttle = throttle();
        fail(throttle, "alice", HOME, 4);
        throttle.succeeded("alice");
        fail(throttle, "alice", HOME, 4);
        assertEquals(Optional.empty(), throttle.refusal("alice", HOME));
    }

    @Test
    void otherNamesAreNotDelayedByOnesFailures() {
        LoginThrottle throttle = throttle();
        fail(throttle, "alice", HOME, 8);
        assertEquals(Optional.empty(), throttle.refusal("bob", HOME));
    }

    @Test
    void failuresQuietForLongerThanTheMemoryAreForgotten() {
        LoginThrottle throttle = throttle();
        fail(throttle, "alice", HOME, 4);
        pass(Duration.ofMinutes(15));
        throttle.failed("alice", HOME);
        assertEquals(Optional.empty(), throttle.refusal("alice", HOME));
    }

    @Test
    void manyNamesFromOneAddressMakeTheAddressWait() {
        LoginThrottle throttle = throttle(5, 10, 10_000);
        for (int i = 0; i < 10; i++) {
            throttle.failed("name" + i, HOME);
        }
        SignInRefusal refusal = throttle.refusal("someone-new", HOME).orElseThrow();
        assertTrue(refusal.forAddress());
        assertEquals("Too many failed sign-ins from your network; try again in about 1 second.", refusal.message());
        assertEquals(Optional.empty(), throttle.refusal("someone-new", ELSEWHERE));
    }

    @Test
    void anAddressLimitOfZeroNeverDelaysAnAddress() {
        LoginThrottle throttle = throttle(5, 0, 10_000);
        for (int i = 0; i < 500; i++) {
            throttle.failed("name" + i, HOME);
        }
        assertEquals(Optional.empty(), throttle.refusal("someone-new", HOME));
        assertEquals(500, throttle.tracked());
    }

    @Test
    void endlessNewNamesCannotGrowTheMemoryBeyondItsBound() {
        LoginThrottle throttle = throttle(5, 50, 1000);
        for (int i = 0; i < 100_000; i++) {
            throttle.failed("name" + i, "10.0." + (i / 256 % 256) + "." + (i % 256));
        }
        assertEquals(1000, throttle.tracked());
    }

    @Test
    void theOldestFailuresAreForgottenFirstWhenTheMemoryIsFull() {
        LoginThrottle throttle = throttle(5, 0, 3);
        fail(throttle, "alice", HOME, 4);
        throttle.failed("bob", HOME);
        fail(throttle, "alice", HOME, 1); // alice's last failure is now the newest
        throttle.failed("carol", HOME);
        throttle.failed("dave", HOME); // one too many: bob's, the oldest, goes
        assertEquals(3, throttle.tracked());
        assertTrue(throttle.refusal("alice", HOME).isPresent());
    }

    @Test
    void theRetryAfterSecondsRoundUp() {
        assertEquals(2, new SignInRefusal(false, Duration.ofMillis(1001)).seconds());
        assertEquals(1, new SignInRefusal(false, Duration.ofMillis(1)).seconds());
    }
}
