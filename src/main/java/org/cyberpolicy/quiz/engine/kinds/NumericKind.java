package org.cyberpolicy.quiz.engine.kinds;

import static org.cyberpolicy.quiz.engine.kinds.Reading.invalid;

import java.math.BigDecimal;
import java.util.List;

import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.QuestionType;
import org.cyberpolicy.quiz.engine.Credit;
import org.cyberpolicy.quiz.engine.InvalidResponseException;
import org.cyberpolicy.quiz.engine.Parts;
import org.cyberpolicy.quiz.engine.PresentedQuestion;
import org.cyberpolicy.quiz.engine.QuestionKind;
import org.cyberpolicy.quiz.engine.QuestionShape;
import org.cyberpolicy.quiz.engine.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;

/**
 * A number, sent as a JSON number of at most 30 digits. Right when it lies within the tolerance of the answer, bounds
 * included. Values are compared, not their spelling: 4, 4.0 and 4.00 are the same number.
 */
public final class NumericKind implements QuestionKind<Question.Numeric, Response.Amount> {

    public static final NumericKind INSTANCE = new NumericKind();

    public static final int MAX_DIGITS = 30;

    /** What a numeric question asks for, as the refusal of anything else says it. */
    public static final String NOT_A_NUMBER = "This question takes a number, such as 12 or 3.5.";

    private NumericKind() {
    }

    @Override
    public QuestionType type() {
        return QuestionType.NUMERIC;
    }

    @Override
    public Class<Question.Numeric> questionClass() {
        return Question.Numeric.class;
    }

    @Override
    public Class<Response.Amount> responseClass() {
        return Response.Amount.class;
    }

    @Override
    public Parts parts(Question.Numeric question) {
        return Parts.NONE;
    }

    @Override
    public Response.Amount read(QuestionShape question, JsonNode value) {
        if (!value.isNumber()) {
            throw invalid(NOT_A_NUMBER);
        }
        // A double is what a parser makes of a number too large for it, such as 1e400: Infinity.
        if (value.isDouble() || value.isFloat()) {
            if (!Double.isFinite(value.doubleValue())) {
                throw outOfRange();
            }
        }
        return check(question, new Response.Amount(value.decimalValue()));
    }

    @Override
    public Response.Amount check(QuestionShape question, Response.Amount response) {
        BigDecimal number = response.value();
        if (number.precision() > MAX_DIGITS) {
            throw invalid("The number has more than " + MAX_DIGITS + " digits; send at most " + MAX_DIGITS + ".");
        }
        // Bounding the exponent keeps arithmetic on it cheap: 1e-999999999 is short to write, not to subtract.
        if (number.scale() > MAX_DIGITS || number.precision() - number.scale() > MAX_DIGITS) {
            throw outOfRange();
        }
        return response;
    }

    private static InvalidResponseException outOfRange() {
        return invalid("The number is too large or too small: send at most " + MAX_DIGITS + " digits before and "
                + MAX_DIGITS + " after the decimal point.");
    }

    @Override
    public JsonNode write(Response.Amount response) {
        return DecimalNode.valueOf(response.value());
    }

    @Override
    public Credit credit(PresentedQuestion presented, Question.Numeric question, Response.Amount response) {
        if (response.value() == null) {
            return Credit.NONE;
        }
        return Credit.fullIf(response.value().subtract(question.answer()).abs().compareTo(question.tolerance()) <= 0);
    }

    @Override
    public Response.Amount key(PresentedQuestion presented, Question.Numeric question) {
        return new Response.Amount(question.answer());
    }

    @Override
    public List<String> words(QuestionShape question, Response.Amount response) {
        return List.of(response.value().toPlainString());
    }

    @Override
    public List<String> pickedChoiceIds(Response.Amount response) {
        return List.of();
    }
}
