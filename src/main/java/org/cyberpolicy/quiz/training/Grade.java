package org.cyberpolicy.quiz.training;

import java.util.Locale;
import java.util.Optional;

/** FSRS's four ratings of a review, with the numbers its formulas use (1 to 4). */
public enum Grade {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int value;

    Grade(int value) {
        this.value = value;
    }

    /** The number FSRS's formulas use: 1 for again up to 4 for easy. */
    public int value() {
        return value;
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The student's own rating as the API and the forms send it: only "hard" and "easy" are theirs to give. */
    public static Optional<Grade> ofStudentRating(String rating) {
        if ("hard".equals(rating)) {
            return Optional.of(HARD);
        }
        if ("easy".equals(rating)) {
            return Optional.of(EASY);
        }
        return Optional.empty();
    }
}
