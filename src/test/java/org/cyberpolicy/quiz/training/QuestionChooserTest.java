package org.cyberpolicy.quiz.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.Location;
import org.cyberpolicy.quiz.bank.PartialDate;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.QuestionInfo;
import org.cyberpolicy.quiz.bank.QuestionType;
import org.junit.jupiter.api.Test;

/** How training chooses the question for a fact: the form moves from recognising to recalling as memory grows. */
class QuestionChooserTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final String FACT = "charges-announced";

    private final QuestionChooser chooser = new QuestionChooser(new FsrsScheduler(FsrsParameters.DEFAULT),
            Duration.ofDays(5));

    private final Question choice = single("charges-announced~choice");
    private final Question claim = trueFalse("charges-announced~true-false");
    private final Question entry = date("charges-announced~date");
    private final List<Question> pool = List.of(choice, claim, entry);

    @Test
    void aNewFactIsMetThroughChoicesRatherThanByEnteringTheValue() {
        QuestionChooser.Pick pick = chooser.choose(pool, standing(Map.of(), Map.of()), NOW).orElseThrow();

        assertTrue(pick.introduces());
        assertEquals(QuestionType.Asks.RECOGNITION, pick.question().type().asks());
    }

    @Test
    void aDueFactWithLittleStabilityIsAskedWithChoices() {
        QuestionChooser.Pick pick = chooser.choose(pool, standing(Map.of(FACT, dueWithStability(1.2)), Map.of()), NOW)
                .orElseThrow();

        assertEquals(QuestionType.Asks.RECOGNITION, pick.question().type().asks());
    }

    @Test
    void aDueFactWhoseStabilityReachedTheThresholdIsAskedForRecall() {
        QuestionChooser.Pick pick = chooser.choose(pool, standing(Map.of(FACT, dueWithStability(5.0)), Map.of()), NOW)
                .orElseThrow();

        assertEquals(entry, pick.question());
    }

    @Test
    void aRecognitionStageAvoidsTheQuestionThatLastReviewedTheFact() {
        Map<String, QuestionChooser.Seen> seen = Map.of(FACT, new QuestionChooser.Seen(choice.id(), "single"));

        QuestionChooser.Pick pick = chooser.choose(pool, standing(Map.of(FACT, dueWithStability(1.0)), seen), NOW)
                .orElseThrow();

        assertEquals(claim, pick.question());
    }

    @Test
    void theOnlyRecallQuestionIsNotRepeatedAtTheNextReviewWhenAnotherFormExists() {
        Map<String, QuestionChooser.Seen> seen = Map.of(FACT, new QuestionChooser.Seen(entry.id(), "date"));

        QuestionChooser.Pick pick = chooser.choose(pool, standing(Map.of(FACT, dueWithStability(30.0)), seen), NOW)
                .orElseThrow();

        assertNotEquals(entry, pick.question());
    }

    @Test
    void aFactWithOnlyChoiceQuestionsIsStillAskedOnceItIsStrong() {
        List<Question> choicesOnly = List.of(choice, claim);

        QuestionChooser.Pick pick = chooser.choose(choicesOnly, standing(Map.of(FACT, dueWithStability(40.0)),
                Map.of()), NOW).orElseThrow();

        assertEquals(FACT, pick.factId());
    }

    @Test
    void theStageFollowsStabilityAgainstTheConfiguredThreshold() {
        assertEquals(QuestionType.Asks.RECOGNITION, chooser.stage(Optional.empty()));
        assertEquals(QuestionType.Asks.RECOGNITION, chooser.stage(Optional.of(dueWithStability(4.99))));
        assertEquals(QuestionType.Asks.RECALL, chooser.stage(Optional.of(dueWithStability(5.0))));
    }

    private static QuestionChooser.Standing standing(Map<String, Memory> memories,
            Map<String, QuestionChooser.Seen> seen) {
        return new QuestionChooser.Standing(new HashMap<>(memories), seen, Map.of(), Optional.empty(), 10);
    }

    private static Memory dueWithStability(double stability) {
        return new Memory(Phase.REVIEW, 0, stability, 5.0, NOW.minus(Duration.ofHours(1)),
                NOW.minus(Duration.ofDays(Math.max(1, Math.round(stability)))));
    }

    private static QuestionInfo info(String id) {
        return new QuestionInfo(id, "Prompt of " + id, List.of(FACT), BigDecimal.ONE, Set.of(), Optional.empty(),
                Optional.empty(), Location.startOf("test.yaml"));
    }

    private static Question single(String id) {
        return new Question.SingleChoice(info(id), List.of(new Choice("a", "19 July 2021", true, Optional.empty()),
                new Choice("b", "12 July 2021", false, Optional.empty())));
    }

    private static Question trueFalse(String id) {
        return new Question.TrueFalse(info(id), true);
    }

    private static Question date(String id) {
        return new Question.DateAnswer(info(id), PartialDate.parse("2021-07-19").orElseThrow());
    }
}
