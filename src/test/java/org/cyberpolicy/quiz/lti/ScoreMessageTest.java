package org.cyberpolicy.quiz.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The score's body and address (AGS 2.0 score service), and the outbox's back-off. */
class ScoreMessageTest {

    @Test
    void scoresGoToTheLineItemsPathWithItsQueryStringKept() {
        assertEquals("https://lms.example.edu/api/lti/courses/1/line_items/7/scores",
                ScoreMessage.scoresUrl("https://lms.example.edu/api/lti/courses/1/line_items/7"));
        assertEquals("https://lms.example.edu/mod/lti/services.php/2/lineitems/5/lineitem/scores?type_id=1",
                ScoreMessage.scoresUrl("https://lms.example.edu/mod/lti/services.php/2/lineitems/5/lineitem?type_id=1"));
        assertEquals("https://lms.example.edu:8443/items/5/scores?a=%20b&c=d",
                ScoreMessage.scoresUrl("https://lms.example.edu:8443/items/5/?a=%20b&c=d"));
    }

    @Test
    void theBodyHasEveryFieldAndATimestampWithMilliseconds() {
        ScoreMessage score = new ScoreMessage("user-1", Optional.of(new BigDecimal("7.5000")),
                Optional.of(new BigDecimal("10.0000")), "Completed", "FullyGraded",
                Instant.parse("2026-12-05T10:15:30.120Z"));
        assertEquals("{\"userId\":\"user-1\",\"scoreGiven\":7.5,\"scoreMaximum\":10,\"activityProgress\":"
                + "\"Completed\",\"gradingProgress\":\"FullyGraded\",\"timestamp\":\"2026-12-05T10:15:30.120+00:00\"}",
                score.json());
    }

    @Test
    void aScoreStillPendingGivesNoScore() {
        ScoreMessage pending = new ScoreMessage("user-1", Optional.empty(), Optional.empty(), "InProgress", "Pending",
                Instant.parse("2026-12-05T10:15:30Z"));
        assertEquals("{\"userId\":\"user-1\",\"activityProgress\":\"InProgress\",\"gradingProgress\":\"Pending\","
                + "\"timestamp\":\"2026-12-05T10:15:30.000+00:00\"}", pending.json());
    }

    @Test
    void theWaitDoublesFromTheFirstRetryUpToTheLongest() {
        Duration first = Duration.ofSeconds(30);
        Duration max = Duration.ofHours(1);
        assertEquals(Duration.ofSeconds(30), GradeSender.backOff(1, first, max));
        assertEquals(Duration.ofSeconds(60), GradeSender.backOff(2, first, max));
        assertEquals(Duration.ofSeconds(120), GradeSender.backOff(3, first, max));
        assertEquals(Duration.ofSeconds(1920), GradeSender.backOff(7, first, max));
        assertEquals(max, GradeSender.backOff(8, first, max));
        assertEquals(max, GradeSender.backOff(1000, first, max));
    }
}
