package org.cyberpolicy.quiz.bank.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.BankFolder;
import org.cyberpolicy.quiz.bank.Quiz;
import org.cyberpolicy.quiz.bank.ReviewPolicy;
import org.cyberpolicy.quiz.bank.ReviewTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A quiz's review policy and schedule as the bank writes them: defaults, values, and what the validator refuses. */
class QuizScheduleValidationTest {

    private static final String QUESTION = """
            questions:
              - id: q1
                type: numeric
                prompt: How many were charged?
                facts: [four-charged]
            quizzes:
              - id: exam
                title: Exam
                questions: [q1]
            """;

    @TempDir
    Path dir;

    BankFolder bank;

    @BeforeEach
    void basics() {
        bank = BankFolder.in(dir).withBasics();
    }

    private Quiz quiz(String extra) {
        bank.file("q.yaml", QUESTION + extra);
        return bank.loadValid().quiz("exam").orElseThrow();
    }

    @Test
    void anExamShowsAnswersAndFeedbackAfterTheLastAttemptByDefaultAndProtectsItsQuestions() {
        assertEquals(new ReviewPolicy(ReviewTime.AFTER_LAST_ATTEMPT, ReviewTime.AFTER_LAST_ATTEMPT, true),
                quiz("").review());
    }

    @Test
    void practiceShowsEverythingImmediatelyByDefault() {
        assertEquals(ReviewPolicy.IMMEDIATE, quiz("    mode: practice\n").review());
    }

    @Test
    void eachPartOfTheReviewHasItsOwnTimeAndTheOtherKeepsTheDefault() {
        ReviewPolicy review = quiz("""
                    review:
                      answers: after-close
                    protect-questions: false
                """).review();
        assertEquals(ReviewTime.AFTER_CLOSE, review.answers());
        assertEquals(ReviewTime.AFTER_LAST_ATTEMPT, review.feedback());
        assertFalse(review.protectQuestions());
    }

    @Test
    void anUnknownReviewTimeIsRefusedWhereItIsWritten() {
        bank.file("q.yaml", QUESTION + """
                    review:
                      answers: after-last-attempt
                      feedback: afterwards
                """);
        bank.assertOnlyError("q.yaml", 12, 17, "'feedback' of 'review' of quiz 'exam' must be one of immediately,"
                + " after-last-attempt, after-close, never, not 'afterwards'");
    }

    @Test
    void anUnknownKeyInTheReviewIsRefused() {
        bank.file("q.yaml", QUESTION + """
                    review:
                      answer: never
                """);
        bank.assertOnlyError("q.yaml", 11, 7,
                "unknown key 'answer' in 'review' of quiz 'exam' (did you mean 'answers'?)");
    }

    @Test
    void opensAndClosesWithAnOffsetAreInstantsAndWithoutOneAreReadInTheCoursesZone() {
        Quiz quiz = quiz("""
                    opens: 2026-12-01T09:00:00+01:00
                    closes: 2026-12-08 17:30
                    attempt-delay: 1h
                """);
        assertEquals(Optional.of(Instant.parse("2026-12-01T08:00:00Z")),
                quiz.schedule().opensAt(ZoneId.of("America/New_York")));
        assertEquals(Optional.of(Instant.parse("2026-12-08T17:30:00Z")), quiz.schedule().closesAt(ZoneOffset.UTC));
        assertEquals(Optional.of(Instant.parse("2026-12-08T16:30:00Z")),
                quiz.schedule().closesAt(ZoneId.of("Europe/Brussels")));
        assertEquals(Optional.of(Duration.ofHours(1)), quiz.schedule().attemptDelay());
    }

    @Test
    void aDateTimeThatIsNotIsoIsRefused() {
        bank.file("q.yaml", QUESTION + "    opens: 1 December 2026\n");
        bank.assertOnlyError("q.yaml", 10, 12, "'opens' of quiz 'exam' must be an ISO-8601 date and time");
    }

    @Test
    void closesBeforeOpensIsRefused() {
        bank.file("q.yaml", QUESTION + """
                    opens: 2026-12-08T09:00Z
                    closes: 2026-12-01T09:00Z
                """);
        bank.assertOnlyError("q.yaml", 11, 13, "'closes' of quiz 'exam' must come after its 'opens'");
    }

    @Test
    void anAttemptDelayWithoutAUnitIsRefused() {
        bank.file("q.yaml", QUESTION + "    attempt-delay: 60\n");
        bank.assertOnlyError("q.yaml", 10, 20, "'attempt-delay' of quiz 'exam' must be a positive duration with units");
    }
}
