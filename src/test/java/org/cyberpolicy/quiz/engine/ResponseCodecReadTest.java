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
import static org.junit.jupiter.api.Assertions.assertFalse;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** What the codec accepts from a client for each type of question, and how it explains a refusal. */
class ResponseCodecReadTest {

    private static final ObjectMapper CLIENT = new ObjectMapper();

    private final ResponseCodec codec = new ResponseCodec();

    private final PresentedQuestion single = inBankOrder(single("*State Security", "Public Security", "Army"));
    private final PresentedQuestion multiple = inBankOrder(multiple(Scoring.PARTIAL, "*A", "*B", "C", "D"));
    private final PresentedQuestion trueFalse = inBankOrder(trueFalse(true));
    private final PresentedQuestion numeric = inBankOrder(numeric("4", "0"));
    private final PresentedQuestion month = inBankOrder(date("2021-03"));
    private final PresentedQuestion shortAnswer = inBankOrder(shortAnswer("Hafnium"));
    private final PresentedQuestion matching = inBankOrder(matching(List.of("Blinken=State", "Raab=Foreign"), "NATO"));
    private final PresentedQuestion ordering = inBankOrder(ordering(Scoring.PARTIAL, "first", "second", "third"));

    private static JsonNode json(String text) {
        try {
            return CLIENT.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Response read(PresentedQuestion question, String json) {
        return codec.read(question, json(json)).orElseThrow();
    }

    private String refusal(PresentedQuestion question, String json) {
        return assertThrows(InvalidResponseException.class, () -> codec.read(question, json(json))).getMessage();
    }

    @Test
    void nullClearsTheAnswerOfAnyQuestion() {
        assertEquals(Optional.empty(), codec.read(single, json("null")));
        assertEquals(Optional.empty(), codec.read(matching, json("null")));
        assertEquals(Optional.empty(), codec.read(numeric, MissingNode.getInstance()));
    }

    @Test
    void singleChoiceTakesAChoiceId() {
        assertEquals(new Response.PickedChoice("c3"), read(single, "\"c3\""));
    }

    @Test
    void singleChoiceRefusesAnythingButAString() {
        assertEquals("This is a single-choice question: send the id of one choice (c1 to c3) as a string.",
                refusal(single, "1"));
        refusal(single, "[\"c1\"]");
    }

    @Test
    void singleChoiceRefusesAnUnknownChoiceId() {
        assertEquals("'c4' is not one of this question's choices (c1 to c3).", refusal(single, "\"c4\""));
        assertEquals("'a' is not one of this question's choices (c1 to c3).", refusal(single, "\"a\""));
    }

    @Test
    void multipleChoiceTakesAnArrayOfChoiceIds() {
        assertEquals(new Response.PickedChoices(Set.of("c1", "c4")), read(multiple, "[\"c4\", \"c1\"]"));
    }

    @Test
    void multipleChoiceTakesAnEmptyArrayToPickNone() {
        assertEquals(new Response.PickedChoices(Set.of()), read(multiple, "[]"));
    }

    @Test
    void multipleChoiceRefusesAnythingButAnArrayOfStrings() {
        String expected = "This is a multiple-choice question: send an array of the ids of the choices you pick"
                + " (c1 to c4), or an empty array to pick none.";
        assertEquals(expected, refusal(multiple, "\"c1\""));
        assertEquals(expected, refusal(multiple, "[1, 2]"));
    }

    @Test
    void multipleChoiceRefusesAnUnknownChoiceId() {
        assertEquals("'c5' is not one of this question's choices (c1 to c4).", refusal(multiple, "[\"c1\", \"c5\"]"));
    }

    @Test
    void multipleChoiceRefusesADuplicateChoiceId() {
        assertEquals("The choice 'c2' is listed twice; list each choice you pick once.",
                refusal(multiple, "[\"c2\", \"c1\", \"c2\"]"));
    }

    @Test
    void trueFalseTakesABoolean() {
        assertEquals(new Response.Truth(false), read(trueFalse, "false"));
    }

    @Test
    void trueFalseRefusesTheWordTrue() {
        assertEquals("This is a true/false question: send true or false (a JSON boolean, not a string).",
                refusal(trueFalse, "\"true\""));
    }

    @Test
    void numericTakesANumberAsWritten() {
        assertEquals(new Response.Amount(new BigDecimal("42")), read(numeric, "42"));
        assertEquals(new Response.Amount(new BigDecimal("-3.5")), read(numeric, "-3.5"));
        assertEquals(new Response.Amount(new BigDecimal("123456789012345678901234567890")),
                read(numeric, "123456789012345678901234567890"));
    }

    @Test
    void numericKeepsEveryDigitFromAClientThatReadsDecimalsExactly() {
        ObjectMapper exact = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        JsonNode value = exact.valueToTree(new BigDecimal("0.30000000000000000001"));

        assertEquals(Optional.of(new Response.Amount(new BigDecimal("0.30000000000000000001"))),
                codec.read(numeric, value));
    }

    @Test
    void numericRefusesAString() {
        assertEquals("This question takes a number, such as 12 or 3.5.",
                refusal(numeric, "\"42\""));
    }

    @Test
    void numericRefusesMoreThanThirtyDigits() {
        assertEquals("The number has more than 30 digits; send at most 30.",
                refusal(numeric, "1234567890123456789012345678901"));
    }

    @Test
    void numericRefusesAnAbsurdExponent() {
        String expected = "The number is too large or too small: send at most 30 digits before and 30 after the"
                + " decimal point.";
        assertEquals(expected, refusal(numeric, "1e400"));
    }

    @Test
    void numericRefusesAnAbsurdExponentFromAClientThatReadsDecimalsExactly() {
        ObjectMapper exact = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

        for (String number : List.of("1E+999999999", "1E-999999999", "1E+31", "1E-31")) {
            assertThrows(InvalidResponseException.class,
                    () -> codec.read(numeric, exact.valueToTree(new BigDecimal(number))), number);
        }
    }

    @Test
    void dateTakesTheAnswersPrecision() {
        assertEquals(new Response.DateGiven(PartialDate.of(2020, 11)), read(month, "\"2020-11\""));
        assertEquals(new Response.DateGiven(PartialDate.of(2020, 2, 29)),
                read(inBankOrder(date("2021-07-19")), "\"2020-02-29\""));
        assertEquals(new Response.DateGiven(PartialDate.ofYear(1999)), read(inBankOrder(date("2011")), "\"1999\""));
    }

    @Test
    void dateRefusesAnotherPrecisionNamingTheOneAsked() {
        assertEquals("This question asks for a month and year, written YYYY-MM.", refusal(month, "\"2021-03-02\""));
        assertEquals("This question asks for a month and year, written YYYY-MM.", refusal(month, "\"2021\""));
        assertEquals("This question asks for a full date, written YYYY-MM-DD.",
                refusal(inBankOrder(date("2021-07-19")), "\"2021-07\""));
        assertEquals("This question asks for a year, written YYYY.", refusal(inBankOrder(date("2011")), "\"2011-01\""));
    }

    @Test
    void dateRefusesAnotherShape() {
        assertEquals("This question asks for a month and year, written YYYY-MM.", refusal(month, "\"March 2021\""));
        assertEquals("This question asks for a month and year, written YYYY-MM. Send it as a string.",
                refusal(month, "202103"));
    }

    @Test
    void dateRefusesAnImpossibleDate() {
        assertEquals("'2021-02-29' is not a real date.", refusal(inBankOrder(date("2021-07-19")), "\"2021-02-29\""));
        assertEquals("'2021-13' is not a real date.", refusal(month, "\"2021-13\""));
        assertEquals("'0000' is not a real date.", refusal(inBankOrder(date("2011")), "\"0000\""));
    }

    @Test
    void shortAnswerTakesAStrippedString() {
        assertEquals(new Response.Text("Hafnium group"), read(shortAnswer, "\"  Hafnium group \\n\""));
    }

    @Test
    void shortAnswerTakesFiveHundredCharacters() {
        String text = "é".repeat(500);

        assertEquals(new Response.Text(text), read(shortAnswer, "\"" + text + "\""));
    }

    @Test
    void shortAnswerRefusesMoreThanFiveHundredCharacters() {
        assertEquals("The answer is longer than 500 characters; a short answer is a few words.",
                refusal(shortAnswer, "\"" + "a".repeat(501) + "\""));
    }

    @Test
    void shortAnswerRefusesControlCharacters() {
        String expected = "The answer contains control characters such as tabs or line breaks; send one line of text.";
        assertEquals(expected, refusal(shortAnswer, "\"Haf\\tnium\""));
        assertEquals(expected, refusal(shortAnswer, "\"Haf\\nnium\""));
        assertEquals(expected, refusal(shortAnswer, "\"Haf\\u0000nium\""));
    }

    @Test
    void shortAnswerRefusesBrokenText() {
        assertEquals("The answer contains characters that are not valid text.", refusal(shortAnswer, "\"\\ud800x\""));
    }

    @Test
    void shortAnswerRefusesANumber() {
        assertEquals("This is a short-answer question: send your answer as a string.", refusal(shortAnswer, "42"));
    }

    @Test
    void matchingTakesAnObjectFromLeftIdsToRightIds() {
        assertEquals(new Response.Matches(Map.of("l1", "r3", "l2", "r3")),
                read(matching, "{\"l1\": \"r3\", \"l2\": \"r3\"}"));
    }

    @Test
    void matchingTakesRowsLeftOutOrNullAsUnanswered() {
        assertEquals(new Response.Matches(Map.of("l2", "r1")), read(matching, "{\"l1\": null, \"l2\": \"r1\"}"));
        assertEquals(new Response.Matches(Map.of()), read(matching, "{}"));
    }

    @Test
    void matchingRefusesAnythingButAnObject() {
        assertEquals("This is a matching question: send an object that maps left item ids (l1 or l2) to right option"
                + " ids (r1 to r3).", refusal(matching, "[\"r1\", \"r2\"]"));
    }

    @Test
    void matchingRefusesAnUnknownLeftId() {
        assertEquals("'l3' is not one of this question's left items (l1 or l2).",
                refusal(matching, "{\"l3\": \"r1\"}"));
    }

    @Test
    void matchingRefusesAnUnknownRightId() {
        assertEquals("'r4' is not one of this question's right options (r1 to r3).",
                refusal(matching, "{\"l1\": \"r4\"}"));
    }

    @Test
    void matchingRefusesARightSideThatIsNotAnId() {
        assertEquals("The match for 'l1' must be a right option id (r1 to r3) as a string, or null to leave it empty.",
                refusal(matching, "{\"l1\": 1}"));
    }

    @Test
    void orderingTakesEveryItemIdOnce() {
        assertEquals(new Response.Order(List.of("i3", "i1", "i2")), read(ordering, "[\"i3\", \"i1\", \"i2\"]"));
    }

    @Test
    void orderingRefusesAMissingItem() {
        assertEquals("The item 'i3' is missing; list each of the items (i1 to i3) once.",
                refusal(ordering, "[\"i2\", \"i1\"]"));
    }

    @Test
    void orderingRefusesARepeatedItem() {
        assertEquals("The item 'i1' is listed twice; list each of the items (i1 to i3) once.",
                refusal(ordering, "[\"i1\", \"i2\", \"i1\"]"));
    }

    @Test
    void orderingRefusesAnUnknownItem() {
        assertEquals("'i4' is not one of this question's items (i1 to i3).",
                refusal(ordering, "[\"i1\", \"i2\", \"i3\", \"i4\"]"));
    }

    @Test
    void orderingRefusesAnythingButAnArrayOfStrings() {
        String expected = "This is an ordering question: send an array of all its item ids (i1 to i3), each once, in"
                + " your order.";
        assertEquals(expected, refusal(ordering, "{\"i1\": 1}"));
        assertEquals(expected, refusal(ordering, "[1, 2, 3]"));
    }

    @Test
    void aRefusalRepeatsOnlyTheStartOfWhatWasSent() {
        String message = refusal(single, "\"" + "<script>".repeat(100) + "\"");

        assertEquals("'<script><scr…' is not one of this question's choices (c1 to c3).", message);
    }

    @Test
    void noRefusalNamesTheAnswer() {
        List<String> messages = List.of(refusal(month, "\"2021\""), refusal(single, "\"c9\""),
                refusal(shortAnswer, "1"), refusal(numeric, "\"4\""), refusal(matching, "1"), refusal(ordering, "1"));

        for (String message : messages) {
            assertFalse(message.contains("2021-03"), message);
            assertFalse(message.contains("State"), message);
            assertFalse(message.contains("Hafnium"), message);
            assertFalse(message.contains("first"), message);
        }
    }
}
