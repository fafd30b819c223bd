package org.cyberpolicy.quiz.results;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A quiz on the instructor's dashboard.
 *
 * @param inBank false for a quiz that has attempts but is no longer in the current bank
 */
public record QuizOverview(String quizId, String title, boolean inBank, int students, int gradedAttempts,
        int openAttempts, Optional<BigDecimal> meanPercent) {
}
