package org.cyberpolicy.quiz.attempt.grading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cyberpolicy.quiz.attempt.Response;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.quiz.PresentedQuestion;

/**
 * Marks responses and tells the correct answer, for every type of question. A new question type needs one new
 * {@link Grader} in the constructor's list; a test fails until it is there.
 */
public final class Graders {

    private final Map<Class<?>, Grader<?>> byType;

    public Graders() {
        List<Grader<?>> all = List.of(new SingleChoiceGrader(), new MultipleChoiceGrader(), new TrueFalseGrader(),
                new NumericGrader(), new DateGrader(), new ShortAnswerGrader(), new MatchingGrader(),
                new OrderingGrader());
        byType = all.stream().collect(Collectors.toUnmodifiableMap(Grader::questionType, Function.identity()));
    }

    /**
     * The points a response earned: the question's points times the response's credit, rounded half up to four
     * decimal places. An unanswered question, or a response of another shape than its type, earns 0.
     */
    public Mark grade(PresentedQuestion question, Optional<Response> response) {
        BigDecimal points = question.question().points();
        BigDecimal score = response.map(r -> credit(graderFor(question), question, r))
                .orElse(Credit.NONE)
                .scoreOutOf(points);
        return new Mark(score, points);
    }

    /** The correct answer, in the ids this attempt gave the question's parts. */
    public Response key(PresentedQuestion question) {
        return key(graderFor(question), question);
    }

    /** Whether a type of question has a grader; for the test that keeps the registry complete. */
    boolean grades(Class<? extends Question> questionType) {
        return byType.containsKey(questionType);
    }

    private Grader<?> graderFor(PresentedQuestion question) {
        Grader<?> grader = byType.get(question.question().getClass());
        if (grader == null) {
            throw new IllegalStateException("no grader for " + question.question().getClass().getSimpleName());
        }
        return grader;
    }

    private static <Q extends Question> Credit credit(Grader<Q> grader, PresentedQuestion question, Response response) {
        return grader.credit(question, grader.questionType().cast(question.question()), response);
    }

    private static <Q extends Question> Response key(Grader<Q> grader, PresentedQuestion question) {
        return grader.key(question, grader.questionType().cast(question.question()));
    }
}
