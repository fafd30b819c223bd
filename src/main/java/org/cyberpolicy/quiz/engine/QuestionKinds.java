package org.cyberpolicy.quiz.engine;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.QuestionType;
import org.cyberpolicy.quiz.engine.kinds.DateKind;
import org.cyberpolicy.quiz.engine.kinds.MatchingKind;
import org.cyberpolicy.quiz.engine.kinds.MultipleChoiceKind;
import org.cyberpolicy.quiz.engine.kinds.NumericKind;
import org.cyberpolicy.quiz.engine.kinds.OrderingKind;
import org.cyberpolicy.quiz.engine.kinds.ShortAnswerKind;
import org.cyberpolicy.quiz.engine.kinds.SingleChoiceKind;
import org.cyberpolicy.quiz.engine.kinds.TrueFalseKind;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@link QuestionKind} of every question type, and the engine's operations on any question through it: parts,
 * reading and checking responses, grading, keys and words. The rest of the application calls these and never asks
 * which type a question is.
 *
 * <p>A new question type fails to compile here until {@link #of(QuestionType)} names its kind; {@code QuestionKindsTest}
 * checks that each kind belongs to its type and that every {@link Response} record is some kind's response.
 */
public final class QuestionKinds {

    private static final Map<Class<?>, QuestionKind<?, ?>> BY_RESPONSE = Arrays.stream(QuestionType.values())
            .map(QuestionKinds::of)
            .collect(Collectors.toUnmodifiableMap(QuestionKind::responseClass, Function.identity()));

    private QuestionKinds() {
    }

    /** The kind of a type: exhaustive, so that a new type does not compile until it has one. */
    public static QuestionKind<?, ?> of(QuestionType type) {
        return switch (type) {
            case SINGLE -> SingleChoiceKind.INSTANCE;
            case MULTIPLE -> MultipleChoiceKind.INSTANCE;
            case TRUE_FALSE -> TrueFalseKind.INSTANCE;
            case NUMERIC -> NumericKind.INSTANCE;
            case DATE -> DateKind.INSTANCE;
            case SHORT -> ShortAnswerKind.INSTANCE;
            case MATCHING -> MatchingKind.INSTANCE;
            case ORDERING -> OrderingKind.INSTANCE;
        };
    }

    /** The parts of a question that an attempt shows in an order of its own. */
    public static Parts parts(Question question) {
        return parts(of(question.type()), question);
    }

    /**
     * The response a client sent as JSON for a question, of the question's type.
     *
     * @throws InvalidResponseException when it does not fit the question
     */
    public static Response read(QuestionShape question, JsonNode value) {
        return of(question.type()).read(question, value);
    }

    /**
     * The response, checked against the question (see {@link QuestionKind#check}).
     *
     * @throws InvalidResponseException when it does not fit the question, or is a response to another type
     */
    public static Response check(QuestionShape question, Response response) {
        return check(of(question.type()), question, response);
    }

    /** The JSON value of a response, in the shape {@link #read} accepts. */
    public static JsonNode write(Response response) {
        return write(kindOf(response), response);
    }

    /**
     * The points a response earned: the question's points times the response's credit, rounded half up to four
     * decimal places. An unanswered question, or a response of another shape than its type, earns 0.
     */
    public static Mark grade(PresentedQuestion presented, Optional<Response> response) {
        BigDecimal points = presented.question().points();
        BigDecimal score = response.map(r -> credit(of(presented.type()), presented, r)).orElse(Credit.NONE)
                .scoreOutOf(points);
        return new Mark(score, points);
    }

    /** The correct answer, in the ids this attempt gave the question's parts. */
    public static Response key(PresentedQuestion presented) {
        return key(of(presented.type()), presented);
    }

    /** A response to the question in words, one line per part. */
    public static List<String> words(QuestionShape question, Response response) {
        return words(kindOf(response), question, response);
    }

    /** The ids of the choices a response picks; empty for a question without choices. */
    public static List<String> pickedChoiceIds(Response response) {
        return picked(kindOf(response), response);
    }

    private static QuestionKind<?, ?> kindOf(Response response) {
        QuestionKind<?, ?> kind = BY_RESPONSE.get(response.getClass());
        if (kind == null) {
            throw new IllegalArgumentException("no question kind answers with " + response);
        }
        return kind;
    }

    // The generic helpers below name the kind's type parameters once, so that each cast is checked against the kind's
    // own classes rather than assumed.

    private static <Q extends Question, R extends Response> Parts parts(QuestionKind<Q, R> kind, Question question) {
        return kind.parts(kind.questionClass().cast(question));
    }

    private static <Q extends Question, R extends Response> Response check(QuestionKind<Q, R> kind,
            QuestionShape question, Response response) {
        if (!kind.responseClass().isInstance(response)) {
            throw new InvalidResponseException("This answer does not fit a " + kind.type().label() + " question.");
        }
        return kind.check(question, kind.responseClass().cast(response));
    }

    private static <Q extends Question, R extends Response> JsonNode write(QuestionKind<Q, R> kind,
            Response response) {
        return kind.write(kind.responseClass().cast(response));
    }

    private static <Q extends Question, R extends Response> Credit credit(QuestionKind<Q, R> kind,
            PresentedQuestion presented, Response response) {
        // A response of another shape earns nothing: the codec refuses such responses, so meeting one here means
        // something upstream went wrong, and the safe mistake is to give no points.
        if (!kind.responseClass().isInstance(response)) {
            return Credit.NONE;
        }
        return kind.credit(presented, kind.questionClass().cast(presented.question()),
                kind.responseClass().cast(response));
    }

    private static <Q extends Question, R extends Response> Response key(QuestionKind<Q, R> kind,
            PresentedQuestion presented) {
        return kind.key(presented, kind.questionClass().cast(presented.question()));
    }

    private static <Q extends Question, R extends Response> List<String> words(QuestionKind<Q, R> kind,
            QuestionShape question, Response response) {
        return kind.words(question, kind.responseClass().cast(response));
    }

    private static <Q extends Question, R extends Response> List<String> picked(QuestionKind<Q, R> kind,
            Response response) {
        return kind.pickedChoiceIds(kind.responseClass().cast(response));
    }
}
