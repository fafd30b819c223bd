package org.cyberpolicy.quiz.engine;

import static org.cyberpolicy.quiz.engine.TestQuestions.date;
import static org.cyberpolicy.quiz.engine.TestQuestions.inBankOrder;
import static org.cyberpolicy.quiz.engine.TestQuestions.matching;
import static org.cyberpolicy.quiz.engine.TestQuestions.multiple;
import static org.cyberpolicy.quiz.engine.TestQuestions.numeric;
import static org.cyberpolicy.quiz.engine.TestQuestions.ordering;
import static org.cyberpolicy.quiz.engine.TestQuestions.shortAnswer;
import static org.cyberpolicy.quiz.engine.TestQuestions.single;
import static org.cyberpolicy.quiz.engine.TestQuestions.trueFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cyberpolicy.quiz.bank.PartialDate;
import org.cyberpolicy.quiz.bank.Scoring;
import org.cyberpolicy.quiz.engine.PresentedQuestion;
import org.junit.jupiter.api.Test;

/** What the codec writes, to clients and to the database, and that it reads its own writing back unchanged. */
class ResponseCodecStorageTest {

    private final ResponseCodec codec = new ResponseCodec();

    private final PresentedQuestion single = inBankOrder(single("*A", "B", "C"));
    private final PresentedQuestion multiple = inBankOrder(
            multiple(Scoring.PARTIAL, "*A", "B", "C", "D", "E", "F", "G", "H", "I", "*J", "K"));
    private final PresentedQuestion trueFalse = inBankOrder(trueFalse(true));
    private final PresentedQuestion numeric = inBankOrder(numeric("4", "0"));
    private final PresentedQuestion day = inBankOrder(date("2021-07-19"));
    private final PresentedQuestion shortAnswer = inBankOrder(shortAnswer("Hafnium"));
    private final PresentedQuestion matching = inBankOrder(matching(List.of("A=1", "B=2", "C=3"), "4"));
    private final PresentedQuestion ordering = inBankOrder(ordering(Scoring.PARTIAL, "x", "y", "z"));

    private void assertRoundTrip(PresentedQuestion question, Response response, String stored) {
        assertEquals(stored, codec.toStorage(response));
        assertEquals(response, codec.fromStorage(question, stored));
        assertEquals(Optional.of(response), codec.read(question, codec.write(response)));
    }

    @Test
    void singleChoiceIsStoredAsItsId() {
        assertRoundTrip(single, new Response.PickedChoice("c2"), "\"c2\"");
    }

    @Test
    void multipleChoiceIsStoredAsIdsInDisplayOrder() {
        assertRoundTrip(multiple, new Response.PickedChoices(Set.of("c10", "c2", "c1")), "[\"c1\",\"c2\",\"c10\"]");
    }

    @Test
    void multipleChoiceWithNothingPickedIsStoredAsAnEmptyArray() {
        assertRoundTrip(multiple, new Response.PickedChoices(Set.of()), "[]");
    }

    @Test
    void trueFalseIsStoredAsABoolean() {
        assertRoundTrip(trueFalse, new Response.Truth(false), "false");
    }

    @Test
    void numericIsStoredWithEveryDigitAndItsScale() {
        assertRoundTrip(numeric, new Response.Amount(new BigDecimal("4.0")), "4.0");
        assertRoundTrip(numeric, new Response.Amount(new BigDecimal("-12")), "-12");
        assertRoundTrip(numeric, new Response.Amount(new BigDecimal("0.30000000000000000001")),
                "0.30000000000000000001");
        assertRoundTrip(numeric, new Response.Amount(new BigDecimal("1E+3")), "1E+3");
    }

    @Test
    void dateIsStoredAsItIsWritten() {
        assertRoundTrip(day, new Response.DateGiven(PartialDate.of(2021, 7, 1)), "\"2021-07-01\"");
    }

    @Test
    void shortAnswerIsStoredAsItsText() {
        assertRoundTrip(shortAnswer, new Response.Text("Hafnium \"group\" é"), "\"Hafnium \\\"group\\\" é\"");
    }

    @Test
    void matchingIsStoredAsAnObjectInDisplayOrder() {
        assertRoundTrip(matching, new Response.Matches(Map.of("l3", "r4", "l1", "r1")),
                "{\"l1\":\"r1\",\"l3\":\"r4\"}");
    }

    @Test
    void orderingIsStoredInTheStudentsOrder() {
        assertRoundTrip(ordering, new Response.Order(List.of("i3", "i1", "i2")), "[\"i3\",\"i1\",\"i2\"]");
    }

    @Test
    void storedTextThatNoLongerFitsTheQuestionIsRefused() {
        assertThrows(InvalidResponseException.class, () -> codec.fromStorage(single, "\"c4\""));
        assertThrows(InvalidResponseException.class, () -> codec.fromStorage(single, "not json"));
        assertThrows(InvalidResponseException.class, () -> codec.fromStorage(single, "null"));
    }
}
