package org.cyberpolicy.quiz.marks;

import static org.cyberpolicy.quiz.engine.TestQuestions.inBankOrder;
import static org.cyberpolicy.quiz.engine.TestQuestions.matching;
import static org.cyberpolicy.quiz.engine.TestQuestions.numeric;
import static org.cyberpolicy.quiz.engine.TestQuestions.ordering;
import static org.cyberpolicy.quiz.engine.TestQuestions.reversed;
import static org.cyberpolicy.quiz.engine.TestQuestions.shuffled;
import static org.cyberpolicy.quiz.engine.TestQuestions.single;
import static org.cyberpolicy.quiz.engine.TestQuestions.trueFalse;
import static org.cyberpolicy.quiz.engine.TestQuestions.worth;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.Scoring;
import org.cyberpolicy.quiz.engine.PresentedQuestion;
import org.cyberpolicy.quiz.engine.Response;
import org.junit.jupiter.api.Test;

/** {@code new-key}: a frozen response graded against the question as the bank has corrected it. */
class RegraderTest {

    private static final BigDecimal ONE = BigDecimal.ONE;

    private static BigDecimal graded(Regrader.Outcome outcome) {
        return assertInstanceOf(Regrader.Outcome.Graded.class, outcome).score();
    }

    private static String problem(Regrader.Outcome outcome) {
        return assertInstanceOf(Regrader.Outcome.Problem.class, outcome).message();
    }

    private static Regrader.Outcome regrade(PresentedQuestion shown, Question corrected, Response response) {
        return Regrader.newKey(shown, Optional.of(corrected), Optional.of(response), shown.question().points());
    }

    @Test
    void aChoiceMarkedWrongByMistakeEarnsItsPointsOnceTheKeyIsCorrected() {
        PresentedQuestion shown = shuffled(single("*Army", "Ministry of State Security", "Police"), 2, 1, 0);
        Question corrected = single("Army", "*Ministry of State Security", "Police");

        // c2 is the second choice shown: bank index 1, the Ministry.
        assertEquals(0, graded(regrade(shown, corrected, new Response.PickedChoice("c2"))).compareTo(ONE));
        assertEquals(0, graded(regrade(shown, corrected, new Response.PickedChoice("c3"))).signum());
    }

    @Test
    void choicesAreFollowedByTheirIdsWhenTheCorrectionReordersThem() {
        Question before = new Question.SingleChoice(single().info(), List.of(choice("army", "Army", true),
                choice("mss", "MSS", false)));
        Question after = new Question.SingleChoice(single().info(), List.of(choice("mss", "MSS", true),
                choice("army", "Army", false)));

        assertEquals(0, graded(regrade(inBankOrder(before), after, new Response.PickedChoice("c2"))).compareTo(ONE));
    }

    @Test
    void aPickedChoiceThatNoLongerExistsIsAProblem() {
        Question before = new Question.SingleChoice(single().info(), List.of(choice("army", "Army", true),
                choice("mss", "MSS", false)));
        Question after = new Question.SingleChoice(single().info(), List.of(choice("mss", "MSS", true),
                choice("police", "Police", false)));

        assertEquals("the choice 'Army' the student picked no longer exists",
                problem(regrade(inBankOrder(before), after, new Response.PickedChoice("c1"))));
        assertEquals(0, graded(regrade(inBankOrder(before), after, new Response.PickedChoice("c2"))).compareTo(ONE));
    }

    @Test
    void aChoiceAddedByTheCorrectionCountsForAMultipleChoiceAnswerThatLacksIt() {
        Question before = multipleWith(choice("a", "A", true), choice("b", "B", false));
        Question after = multipleWith(choice("a", "A", true), choice("b", "B", false), choice("c", "C", true));

        BigDecimal score = graded(regrade(inBankOrder(before), after, new Response.PickedChoices(Set.of("c1"))));
        assertTrue(score.compareTo(ONE) < 0, score.toPlainString());
    }

    @Test
    void aNumberIsGradedAgainstTheCorrectedFactValue() {
        assertEquals(0, graded(regrade(inBankOrder(numeric("5", "0")), numeric("4", "0"),
                new Response.Amount(new BigDecimal("4")))).compareTo(ONE));
        assertEquals(0, graded(regrade(inBankOrder(numeric("5", "0")), numeric("4", "0"),
                new Response.Amount(new BigDecimal("5")))).signum());
    }

    @Test
    void matchingFollowsItsItemsAndOptionsByTheirTexts() {
        Question before = matching(List.of("Four=People", "Seven=Month"), "Countries");
        Question after = matching(List.of("Four=People", "Seven=Month of the charges"), "Countries");
        // The student matched Four with People and Seven with Month, in a reversed layout: l2 is Four, r3 is People.
        Response answer = new Response.Matches(Map.of("l2", "r3", "l1", "r2"));

        assertEquals("the option 'Month' the student matched no longer exists",
                problem(regrade(reversed(before), after, answer)));
        // A correction that keeps every text: one pair of two still right, half the points.
        Question fixed = matching(List.of("Four=People", "Seven=Countries"), "Month");
        assertEquals(0, graded(regrade(reversed(before), fixed, answer)).compareTo(new BigDecimal("0.5")));
    }

    @Test
    void anOrderOfItemsThatChangedIsAProblem() {
        assertEquals("the items to put in order changed", problem(regrade(inBankOrder(ordering(Scoring.ALL_OR_NOTHING,
                "A", "B", "C")), ordering(Scoring.ALL_OR_NOTHING, "A", "B", "D"),
                new Response.Order(List.of("i1", "i2", "i3")))));
    }

    @Test
    void itemsReorderedByTheCorrectionAreGradedInTheirNewOrder() {
        Response answer = new Response.Order(List.of("i2", "i1", "i3"));

        assertEquals(0, graded(regrade(inBankOrder(ordering(Scoring.ALL_OR_NOTHING, "A", "B", "C")),
                ordering(Scoring.ALL_OR_NOTHING, "B", "A", "C"), answer)).compareTo(ONE));
    }

    @Test
    void aQuestionWhoseTypeChangedIsAProblem() {
        assertEquals("the question is now a numeric question, not a true/false one",
                problem(regrade(inBankOrder(trueFalse(true)), withId("true-false", numeric("4", "0")),
                        new Response.Truth(true))));
    }

    @Test
    void aQuestionGoneFromTheBankIsAProblem() {
        assertEquals("the bank no longer has question true-false", problem(Regrader.newKey(inBankOrder(
                trueFalse(true)), Optional.empty(), Optional.of(new Response.Truth(true)), ONE)));
    }

    @Test
    void anUnansweredQuestionEarnsNothingUnderAnyKey() {
        assertEquals(0, graded(Regrader.newKey(inBankOrder(trueFalse(true)), Optional.of(trueFalse(false)),
                Optional.empty(), ONE)).signum());
    }

    @Test
    void aCorrectedQuestionWorthMorePointsIsScaledToWhatTheAttemptGaveIt() {
        assertEquals(0, graded(Regrader.newKey(inBankOrder(trueFalse(true)), Optional.of(worth("3",
                trueFalse(false))), Optional.of(new Response.Truth(false)), ONE)).compareTo(ONE));
    }

    private static Choice choice(String id, String text, boolean correct) {
        return new Choice(id, text, correct, Optional.empty());
    }

    private static Question multipleWith(Choice... choices) {
        return new Question.MultipleChoice(single().info(), List.of(choices), Scoring.PARTIAL);
    }

    private static Question withId(String id, Question.Numeric question) {
        var old = question.info();
        return new Question.Numeric(new org.cyberpolicy.quiz.bank.QuestionInfo(id, old.prompt(), old.factIds(),
                old.points(), old.tags(), old.difficulty(), old.feedback(), old.location()), question.answer(),
                question.tolerance());
    }
}
