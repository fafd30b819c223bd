package org.cyberpolicy.quiz.testing;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.cyberpolicy.quiz.account.throttle.LoginClock;

import io.quarkus.test.Mock;

/**
 * The sign-in throttle's clock in tests: stopped at the start, moved only by tests, so that a test waits out a
 * throttle in an instant whatever the time its requests take, and then moves past the throttle's memory so that no
 * other test meets its failures.
 */
@Mock
@ApplicationScoped
public class MovableLoginClock extends LoginClock {

    private final Instant start = Instant.now();
    private volatile Duration offset = Duration.ZERO;

    @Override
    public Instant now() {
        return start.plus(offset);
    }

    public synchronized void advance(Duration by) {
        offset = offset.plus(by);
    }
}
