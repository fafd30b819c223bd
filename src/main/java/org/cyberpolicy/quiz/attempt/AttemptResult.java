package org.cyberpolicy.quiz.attempt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.engine.ReviewedQuestion;

/** A closed attempt with its marks, the answers and the facts behind each question: what the review shows. */
public record AttemptResult(long id, String quizId, String quizTitle, int number, boolean practice,
        AttemptState state, Instant startedAt, Optional<Instant> deadline, Instant finishedAt, BigDecimal score,
        BigDecimal maxScore, BigDecimal percent, Optional<BigDecimal> passMark, Optional<Boolean> passed,
        String bankVersion, List<ReviewedQuestion> questions) {

    public AttemptResult {
        questions = List.copyOf(questions);
    }

    public long correctCount() {
        return questions.stream().filter(ReviewedQuestion::correct).count();
    }
}
