package org.cyberpolicy.quiz.engine;

import java.math.BigDecimal;

/** The points a response earned out of the points the question is worth. */
public record Mark(BigDecimal score, BigDecimal maxScore) {

    /** Full marks. */
    public boolean correct() {
        return score.compareTo(maxScore) == 0;
    }

    /** Some but not all of the points. */
    public boolean partial() {
        return score.signum() > 0 && !correct();
    }
}
