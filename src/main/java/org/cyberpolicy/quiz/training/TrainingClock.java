package org.cyberpolicy.quiz.training;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The time training goes by. A bean of its own, so that tests can replace it with one they move forward by days
 * without waiting for them.
 */
@ApplicationScoped
public class TrainingClock {

    /** Now, to the microsecond, as the database keeps it. */
    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
