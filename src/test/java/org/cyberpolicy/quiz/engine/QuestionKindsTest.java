package org.cyberpolicy.quiz.engine;

import static org.cyberpolicy.quiz.engine.TestQuestions.inBankOrder;
import static org.cyberpolicy.quiz.engine.TestQuestions.numeric;
import static org.cyberpolicy.quiz.engine.TestQuestions.shortAnswer;
import static org.cyberpolicy.quiz.engine.TestQuestions.single;
import static org.cyberpolicy.quiz.engine.TestQuestions.trueFalse;
import static org.cyberpolicy.quiz.engine.TestQuestions.worth;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cyberpolicy.quiz.bank.PartialDate;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.QuestionType;
import org.cyberpolicy.quiz.bank.Scoring;
import org.cyberpolicy.quiz.engine.PresentedQuestion;
import org.cyberpolicy.quiz.engine.Response;
import org.cyberpolicy.quiz.engine.TestQuestions;
import org.junit.jupiter.api.Test;

/**
 * The registry of question kinds is complete: each type of the bank has a kind of its own, each record of the sealed
 * {@link Question} and {@link Response} belongs to exactly one, and grading goes through the kind of the question.
 * (That each type has a kind at all the compiler already checks: {@link QuestionKinds#of} is an exhaustive switch.)
 */
class QuestionKindsTest {

    @Test
    void eachQuestionRecordIsTheRecordOfExactlyOneType() {
        for (Class<?> record : Question.class.getPermittedSubclasses()) {
            List<QuestionType> types = Arrays.stream(QuestionType.values()).filter(t -> t.recordClass() == record)
                    .toList();
            assertEquals(1, types.size(), record.getSimpleName() + " is the record of " + types);
        }
        assertEquals(Question.class.getPermittedSubclasses().length, QuestionType.values().length);
    }

    @Test
    void eachTypesKindHandlesThatTypesRecord() {
        for (QuestionType type : QuestionType.values()) {
            QuestionKind<?, ?> kind = QuestionKinds.of(type);
            assertEquals(type, kind.type(), kind.getClass().getSimpleName());
            assertEquals(type.recordClass(), kind.questionClass(), type.name());
        }
    }

    @Test
    void eachResponseRecordIsTheResponseOfExactlyOneKind() {
        for (Class<?> response : Response.class.getPermittedSubclasses()) {
            List<QuestionType> types = Arrays.stream(QuestionType.values())
                    .filter(t -> QuestionKinds.of(t).responseClass() == response).toList();
            assertEquals(1, types.size(), response.getSimpleName() + " answers " + types);
        }
    }

    @Test
    void anUnansweredQuestionScoresZeroOutOfItsPoints() {
        Mark mark = QuestionKinds.grade(inBankOrder(worth("2", trueFalse(true))), Optional.empty());

        assertEquals(new Mark(new BigDecimal("0.0000"), new BigDecimal("2")), mark);
    }

    @Test
    void aRightResponseEarnsAllThePoints() {
        Mark mark = QuestionKinds.grade(inBankOrder(worth("2.5", trueFalse(true))), Optional.of(new Response.Truth(true)));

        assertEquals(new Mark(new BigDecimal("2.5000"), new BigDecimal("2.5")), mark);
        assertTrue(mark.correct());
    }

    @Test
    void theScoreIsRoundedHalfUpToFourDecimalPlaces() {
        // Half of 0.0001 points is 0.00005, which rounds up.
        PresentedQuestion question = inBankOrder(worth("0.0001",
                TestQuestions.multiple(Scoring.PARTIAL, "*A", "*B", "C")));

        Mark mark = QuestionKinds.grade(question, Optional.of(new Response.PickedChoices(Set.of("c1"))));

        assertEquals(new BigDecimal("0.0001"), mark.score());
    }

    @Test
    void aResponseOfAnotherShapeThanTheTypeScoresZero() {
        List<PresentedQuestion> questions = List.of(inBankOrder(single("*A", "B")),
                inBankOrder(TestQuestions.multiple(Scoring.PARTIAL, "*A", "B")), inBankOrder(trueFalse(true)),
                inBankOrder(numeric("1", "0")), inBankOrder(TestQuestions.date("2021")),
                inBankOrder(shortAnswer("true")),
                inBankOrder(TestQuestions.matching(List.of("A=1", "B=2"))),
                inBankOrder(TestQuestions.ordering(Scoring.PARTIAL, "A", "B")));
        List<Response> shapes = List.of(new Response.PickedChoice("c1"), new Response.PickedChoices(Set.of("c1")),
                new Response.Truth(true), new Response.Amount(BigDecimal.ONE),
                new Response.DateGiven(PartialDate.ofYear(2021)), new Response.Text("true"),
                new Response.Matches(Map.of("l1", "r1", "l2", "r2")), new Response.Order(List.of("i1", "i2")));

        for (int q = 0; q < questions.size(); q++) {
            for (int r = 0; r < shapes.size(); r++) {
                Mark mark = QuestionKinds.grade(questions.get(q), Optional.of(shapes.get(r)));
                boolean ownShape = q == r;
                assertEquals(ownShape, mark.correct(), questions.get(q).question().type() + " given " + shapes.get(r));
                assertFalse(mark.partial());
            }
        }
    }
}
