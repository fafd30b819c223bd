package org.cyberpolicy.quiz.attempt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cyberpolicy.quiz.engine.ReviewedQuestion;

/**
 * A closed attempt with its marks, the answers and the facts behind each question: what the review shows. While any
 * question's mark is withheld from its student, so are the total, the percentage and the verdict (they would give
 * the withheld marks away); {@code withheldBecause} then says why. {@code flagged} holds the ids of the questions its
 * student had flagged to come back to.
 */
public record AttemptResult(long id, String quizId, String quizTitle, int number, boolean practice,
        AttemptState state, Instant startedAt, Optional<Instant> deadline, Instant finishedAt,
        Optional<BigDecimal> score, BigDecimal maxScore, Optional<BigDecimal> percent, Optional<BigDecimal> passMark,
        Optional<Boolean> passed, String bankVersion, List<ReviewedQuestion> questions,
        Optional<String> withheldBecause, Set<String> flagged) {

    public AttemptResult {
        questions = List.copyOf(questions);
        flagged = Set.copyOf(flagged);
    }

    public long correctCount() {
        return questions.stream().filter(ReviewedQuestion::correct).count();
    }
}
