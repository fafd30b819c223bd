package org.cyberpolicy.quiz.account;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets at most {@code concurrent} pieces of work run at once, and at most {@code queue} more wait for their turn, each
 * for {@code wait} at most; anything beyond is turned away at once. Registration runs bcrypt through it: hashing is
 * deliberately slow, and without a bound a burst of registrations takes every core from everyone else (sign-ins hash
 * too). Waiting requests hold a worker thread each, hence the bounded queue.
 */
public final class HashingGate {

    /** The work was turned away: too many already running and waiting, or no turn came within the wait. */
    public static final class Busy extends Exception {
        private static final long serialVersionUID = 1L;

        Busy(String message) {
            super(message, null, false, false);
        }
    }

    private final Semaphore running;
    private final Semaphore admitted;
    private final Duration wait;

    public HashingGate(int concurrent, int queue, Duration wait) {
        if (concurrent < 1 || queue < 0 || wait.isNegative()) {
            throw new IllegalArgumentException("at least one at once, a queue of 0 or more and a wait of 0 or more");
        }
        // Fair: whoever has waited longest goes next, so nobody waits out the whole wait while newcomers pass.
        this.running = new Semaphore(concurrent, true);
        this.admitted = new Semaphore(concurrent + queue, true);
        this.wait = wait;
    }

    public <T> T run(Supplier<T> work) throws Busy {
        if (!admitted.tryAcquire()) {
            throw new Busy("too many waiting");
        }
        try {
            if (!running.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new Busy("no turn within " + wait);
            }
            try {
                return work.get();
            } finally {
                running.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy("interrupted while waiting");
        } finally {
            admitted.release();
        }
    }

    public Duration maxWait() {
        return wait;
    }
}
