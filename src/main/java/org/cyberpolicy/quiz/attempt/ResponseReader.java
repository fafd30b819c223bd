package org.cyberpolicy.quiz.attempt;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.cyberpolicy.quiz.bank.PartialDate;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.quiz.Option;
import org.cyberpolicy.quiz.quiz.PresentedQuestion;

/**
 * Turns the JSON value a client sent into the response for one question, refusing anything of another shape. Every
 * message names what was expected and the ids the question has, which the student sees anyway; none tells which
 * answer is right.
 */
final class ResponseReader {

    static final int MAX_TEXT_LENGTH = 500;
    static final int MAX_DIGITS = 30;
    /** How much of a rejected value a message repeats: enough to recognise an id, not a pasted essay. */
    private static final int MAX_ECHO = 12;

    Response read(PresentedQuestion presented, JsonNode value) {
        Question question = presented.question();
        if (question instanceof Question.SingleChoice) {
            return singleChoice(presented, value);
        }
        if (question instanceof Question.MultipleChoice) {
            return multipleChoice(presented, value);
        }
        if (question instanceof Question.TrueFalse) {
            return truth(value);
        }
        if (question instanceof Question.Numeric) {
            return amount(value);
        }
        if (question instanceof Question.DateAnswer date) {
            return date(date.answer().precision(), value);
        }
        if (question instanceof Question.ShortAnswer) {
            return text(value);
        }
        if (question instanceof Question.Matching) {
            return matches(presented, value);
        }
        if (question instanceof Question.Ordering) {
            return order(presented, value);
        }
        throw new IllegalStateException("no reader for " + question.getClass().getSimpleName());
    }

    private Response singleChoice(PresentedQuestion presented, JsonNode value) {
        String ids = range(presented.choices());
        if (!value.isTextual()) {
            throw invalid("This is a single-choice question: send the id of one choice (" + ids + ") as a string.");
        }
        return new Response.PickedChoice(choiceId(presented, value.textValue(), ids));
    }

    private Response multipleChoice(PresentedQuestion presented, JsonNode value) {
        String ids = range(presented.choices());
        List<String> picked = strings(value, "This is a multiple-choice question: send an array of the ids of the"
                + " choices you pick (" + ids + "), or an empty array to pick none.");
        Set<String> distinct = new HashSet<>();
        for (String id : picked) {
            choiceId(presented, id, ids);
            if (!distinct.add(id)) {
                throw invalid("The choice " + echo(id) + " is listed twice; list each choice you pick once.");
            }
        }
        return new Response.PickedChoices(distinct);
    }

    private static String choiceId(PresentedQuestion presented, String id, String ids) {
        if (presented.choice(id).isEmpty()) {
            throw invalid(echo(id) + " is not one of this question's choices (" + ids + ").");
        }
        return id;
    }

    private Response truth(JsonNode value) {
        if (!value.isBoolean()) {
            throw invalid("This is a true/false question: send true or false (a JSON boolean, not a string).");
        }
        return new Response.Truth(value.booleanValue());
    }

    private Response amount(JsonNode value) {
        if (!value.isNumber()) {
            throw invalid("This question takes a number, such as 12 or 3.5.");
        }
        // A double is what a parser makes of a number too large for it, such as 1e400: Infinity.
        if (value.isDouble() || value.isFloat()) {
            if (!Double.isFinite(value.doubleValue())) {
                throw outOfRange();
            }
        }
        BigDecimal number = value.decimalValue();
        if (number.precision() > MAX_DIGITS) {
            throw invalid("The number has more than " + MAX_DIGITS + " digits; send at most " + MAX_DIGITS + ".");
        }
        // Bounding the exponent keeps arithmetic on it cheap: 1e-999999999 is short to write, not to subtract.
        if (number.scale() > MAX_DIGITS || number.precision() - number.scale() > MAX_DIGITS) {
            throw outOfRange();
        }
        return new Response.Amount(number);
    }

    private static InvalidResponseException outOfRange() {
        return invalid("The number is too large or too small: send at most " + MAX_DIGITS + " digits before and "
                + MAX_DIGITS + " after the decimal point.");
    }

    private Response date(PartialDate.Precision precision, JsonNode value) {
        String asked = switch (precision) {
            case DAY -> "This question asks for a full date, written YYYY-MM-DD.";
            case MONTH -> "This question asks for a month and year, written YYYY-MM.";
            case YEAR -> "This question asks for a year, written YYYY.";
        };
        if (!value.isTextual()) {
            throw invalid(asked + " Send it as a string.");
        }
        String text = value.textValue();
        Optional<PartialDate> date;
        try {
            date = PartialDate.parse(text);
        } catch (DateTimeException e) {
            throw invalid(echo(text.strip()) + " is not a real date.");
        }
        if (date.isEmpty() || date.get().precision() != precision) {
            throw invalid(asked);
        }
        return new Response.DateGiven(date.get());
    }

    private Response text(JsonNode value) {
        if (!value.isTextual()) {
            throw invalid("This is a short-answer question: send your answer as a string.");
        }
        String text = value.textValue().strip();
        if (text.codePointCount(0, text.length()) > MAX_TEXT_LENGTH) {
            throw invalid("The answer is longer than " + MAX_TEXT_LENGTH
                    + " characters; a short answer is a few words.");
        }
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            throw invalid("The answer contains control characters such as tabs or line breaks; send one line of text.");
        }
        if (hasLoneSurrogate(text)) {
            throw invalid("The answer contains characters that are not valid text.");
        }
        return new Response.Text(text);
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private Response matches(PresentedQuestion presented, JsonNode value) {
        String lefts = range(presented.left());
        String rights = range(presented.right());
        if (!value.isObject()) {
            throw invalid("This is a matching question: send an object that maps left item ids (" + lefts
                    + ") to right option ids (" + rights + ").");
        }
        Map<String, String> rightByLeft = new HashMap<>();
        for (Map.Entry<String, JsonNode> row : value.properties()) {
            String left = row.getKey();
            if (presented.pairIndex(left).isEmpty()) {
                throw invalid(echo(left) + " is not one of this question's left items (" + lefts + ").");
            }
            JsonNode right = row.getValue();
            if (right.isNull()) {
                continue;
            }
            if (!right.isTextual()) {
                throw invalid("The match for " + echo(left) + " must be a right option id (" + rights
                        + ") as a string, or null to leave it empty.");
            }
            if (presented.rightIndex(right.textValue()).isEmpty()) {
                throw invalid(echo(right.textValue()) + " is not one of this question's right options (" + rights
                        + ").");
            }
            rightByLeft.put(left, right.textValue());
        }
        return new Response.Matches(rightByLeft);
    }

    private Response order(PresentedQuestion presented, JsonNode value) {
        List<Option> items = presented.items();
        String ids = range(items);
        String expected = "This is an ordering question: send an array of all its item ids (" + ids
                + "), each once, in your order.";
        List<String> order = strings(value, expected);
        Set<String> seen = new LinkedHashSet<>();
        for (String id : order) {
            if (presented.itemIndex(id).isEmpty()) {
                throw invalid(echo(id) + " is not one of this question's items (" + ids + ").");
            }
            if (!seen.add(id)) {
                throw invalid("The item " + echo(id) + " is listed twice; list each of the items (" + ids
                        + ") once.");
            }
        }
        for (Option item : items) {
            if (!seen.contains(item.id())) {
                throw invalid("The item " + echo(item.id()) + " is missing; list each of the items (" + ids
                        + ") once.");
            }
        }
        return new Response.Order(order);
    }

    /** The elements of an array of strings, or a refusal with {@code expected}. */
    private static List<String> strings(JsonNode value, String expected) {
        if (!value.isArray()) {
            throw invalid(expected);
        }
        List<String> strings = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                throw invalid(expected);
            }
            strings.add(element.textValue());
        }
        return strings;
    }

    /** "c1 to c4", as messages name the ids a question has. */
    private static String range(List<Option> options) {
        if (options.isEmpty()) {
            return "none";
        }
        String first = options.get(0).id();
        String last = options.get(options.size() - 1).id();
        return switch (options.size()) {
            case 1 -> first;
            case 2 -> first + " or " + last;
            default -> first + " to " + last;
        };
    }

    /** A value the client sent, quoted, cut short and with anything unprintable replaced, to repeat in a message. */
    private static String echo(String value) {
        StringBuilder shown = new StringBuilder("'");
        value.codePoints().limit(MAX_ECHO)
                .forEach(c -> shown.appendCodePoint(c >= 0x20 && c < 0x7f ? c : '?'));
        if (value.codePointCount(0, value.length()) > MAX_ECHO) {
            shown.append('…');
        }
        return shown.append('\'').toString();
    }

    private static InvalidResponseException invalid(String message) {
        return new InvalidResponseException(message);
    }
}
