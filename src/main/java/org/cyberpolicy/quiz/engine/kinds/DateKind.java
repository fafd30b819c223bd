package org.cyberpolicy.quiz.engine.kinds;

import static org.cyberpolicy.quiz.engine.kinds.Reading.echo;
import static org.cyberpolicy.quiz.engine.kinds.Reading.invalid;

import java.time.DateTimeException;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.PartialDate;
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
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A date, asked at the precision of its answer (a day, a month or a year) and sent as a string at that precision
 * ({@code "2021-07-19"}, {@code "2021-07"}, {@code "2021"}). Right when it is the answer at the answer's precision. A
 * response more or less precise than the answer earns nothing rather than being cut down: the question said which
 * precision it asks for.
 */
public final class DateKind implements QuestionKind<Question.DateAnswer, Response.DateGiven> {

    public static final DateKind INSTANCE = new DateKind();

    private DateKind() {
    }

    @Override
    public QuestionType type() {
        return QuestionType.DATE;
    }

    @Override
    public Class<Question.DateAnswer> questionClass() {
        return Question.DateAnswer.class;
    }

    @Override
    public Class<Response.DateGiven> responseClass() {
        return Response.DateGiven.class;
    }

    @Override
    public Parts parts(Question.DateAnswer question) {
        return Parts.NONE;
    }

    @Override
    public Response.DateGiven read(QuestionShape question, JsonNode value) {
        String asked = asked(question);
        if (!value.isTextual()) {
            throw invalid(asked + " Send it as a string.");
        }
        return parse(question, value.textValue());
    }

    /**
     * A date as a student typed it, at the precision the question asks for.
     *
     * @throws InvalidResponseException when it is not a real date at that precision
     */
    public static Response.DateGiven parse(QuestionShape question, String text) {
        Optional<PartialDate> date;
        try {
            date = PartialDate.parse(text);
        } catch (DateTimeException e) {
            throw invalid(echo(text.strip()) + " is not a real date.");
        }
        if (date.isEmpty()) {
            throw invalid(asked(question));
        }
        return INSTANCE.check(question, new Response.DateGiven(date.get()));
    }

    @Override
    public Response.DateGiven check(QuestionShape question, Response.DateGiven response) {
        if (question.datePrecision().filter(response.value().precision()::equals).isEmpty()) {
            throw invalid(asked(question));
        }
        return response;
    }

    private static String asked(QuestionShape question) {
        return switch (question.datePrecision().orElse(PartialDate.Precision.DAY)) {
            case DAY -> "This question asks for a full date, written YYYY-MM-DD.";
            case MONTH -> "This question asks for a month and year, written YYYY-MM.";
            case YEAR -> "This question asks for a year, written YYYY.";
        };
    }

    @Override
    public JsonNode write(Response.DateGiven response) {
        return TextNode.valueOf(response.value().toString());
    }

    @Override
    public Credit credit(PresentedQuestion presented, Question.DateAnswer question, Response.DateGiven response) {
        return Credit.fullIf(question.answer().equals(response.value()));
    }

    @Override
    public Response.DateGiven key(PresentedQuestion presented, Question.DateAnswer question) {
        return new Response.DateGiven(question.answer());
    }

    @Override
    public List<String> words(QuestionShape question, Response.DateGiven response) {
        return List.of(words(response.value()));
    }

    /** "19 July 2021", "March 2021" or "2011", as people write dates. */
    public static String words(PartialDate date) {
        String year = String.valueOf(date.year());
        if (date.precision() == PartialDate.Precision.YEAR) {
            return year;
        }
        String month = Month.of(date.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year;
        return date.precision() == PartialDate.Precision.MONTH ? month : date.day() + " " + month;
    }

    @Override
    public List<String> pickedChoiceIds(Response.DateGiven response) {
        return List.of();
    }
}
