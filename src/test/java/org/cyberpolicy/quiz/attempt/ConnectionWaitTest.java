package org.cyberpolicy.quiz.attempt;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A submit that finds every database connection busy (a whole class submitting at once) waits for one at least as long
 * as a late submit is accepted, instead of failing after Agroal's default 5 seconds.
 */
@QuarkusTest
class ConnectionWaitTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AttemptConfig attempts;

    @Test
    void aRequestWaitsForAConnectionAtLeastAsLongAsTheGrace() {
        Duration wait = dataSource.getConfiguration().connectionPoolConfiguration().acquisitionTimeout();

        assertTrue(wait.compareTo(attempts.grace()) >= 0,
                "connections are awaited for " + wait + ", less than the grace of " + attempts.grace());
    }
}
