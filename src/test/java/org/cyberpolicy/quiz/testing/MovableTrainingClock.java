package org.cyberpolicy.quiz.testing;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.cyberpolicy.quiz.training.TrainingClock;

import io.quarkus.test.Mock;

/**
 * The training clock in tests: real time plus an offset that tests move forward, so that days pass in an instant. The
 * offset only grows, and every test uses fresh students, so tests do not disturb each other.
 */
@Mock
@ApplicationScoped
public class MovableTrainingClock extends TrainingClock {

    private volatile Duration offset = Duration.ZERO;

    @Override
    public Instant now() {
        return super.now().plus(offset);
    }

    public synchronized void advance(Duration by) {
        offset = offset.plus(by);
    }
}
