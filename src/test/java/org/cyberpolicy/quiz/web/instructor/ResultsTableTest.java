package org.cyberpolicy.quiz.web.instructor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ResultsTableTest {

    @Test
    void aDurationReadsToTheSecondAndNeverAsNothing() {
        assertEquals("0 s", ResultsTable.seconds(Duration.ofMillis(400)));
        assertEquals("0 s", ResultsTable.seconds(Duration.ZERO));
        assertEquals("1 min 5 s", ResultsTable.seconds(Duration.ofMillis(65_900)));
        assertEquals("1 h 2 min", ResultsTable.seconds(Duration.ofMinutes(62)));
    }
}
