package org.cyberpolicy.quiz.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.Quiz;

/**
 * The score that counts for a student in a quiz, by the quiz's grading method, over the student's graded attempts:
 * <ul>
 * <li>{@code HIGHEST}: the attempt with the highest percentage (the earlier one on a tie);</li>
 * <li>{@code LATEST}: the graded attempt with the highest attempt number;</li>
 * <li>{@code FIRST}: the graded attempt with the lowest attempt number;</li>
 * <li>{@code AVERAGE}: the mean of the scores and, separately, the mean of the percentages, to two decimals.</li>
 * </ul>
 * Percentages rather than raw scores pick the highest attempt, because a quiz that draws questions can give
 * attempts different maximums.
 */
public final class GradingMethod {

    /** One graded attempt: its number (1 for the first), score and maximum score. */
    public record GradedAttempt(int number, BigDecimal score, BigDecimal maxScore) {

        /** The percentage to two decimals, as {@code Attempt.percent()} computes it; 0 for a quiz worth nothing. */
        public BigDecimal percent() {
            return maxScore.signum() == 0 ? BigDecimal.ZERO
                    : score.multiply(BigDecimal.valueOf(100)).divide(maxScore, 2, RoundingMode.HALF_UP);
        }
    }

    /** The grade that counts, and from how many attempts it was taken. */
    public record Grade(BigDecimal score, BigDecimal percent, int attemptsGraded) {
    }

    private GradingMethod() {
    }

    /** The grade by {@code method} over {@code attempts}, in any order; empty when there is no graded attempt. */
    public static Optional<Grade> grade(Quiz.Grading method, List<GradedAttempt> attempts) {
        if (attempts.isEmpty()) {
            return Optional.empty();
        }
        int count = attempts.size();
        Comparator<GradedAttempt> byNumber = Comparator.comparingInt(GradedAttempt::number);
        GradedAttempt chosen;
        if (method == Quiz.Grading.AVERAGE) {
            BigDecimal n = BigDecimal.valueOf(count);
            BigDecimal score = attempts.stream().map(GradedAttempt::score).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(n, 2, RoundingMode.HALF_UP);
            BigDecimal percent = attempts.stream().map(GradedAttempt::percent)
                    .reduce(BigDecimal.ZERO, BigDecimal::add).divide(n, 2, RoundingMode.HALF_UP);
            return Optional.of(new Grade(score, percent, count));
        } else if (method == Quiz.Grading.LATEST) {
            chosen = attempts.stream().max(byNumber).orElseThrow();
        } else if (method == Quiz.Grading.FIRST) {
            chosen = attempts.stream().min(byNumber).orElseThrow();
        } else {
            chosen = attempts.stream()
                    .max(Comparator.comparing(GradedAttempt::percent).thenComparing(byNumber.reversed()))
                    .orElseThrow();
        }
        return Optional.of(new Grade(chosen.score(), chosen.percent(), count));
    }
}
