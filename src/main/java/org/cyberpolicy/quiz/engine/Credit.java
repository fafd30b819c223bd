package org.cyberpolicy.quiz.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The share of a question's points a response earned, as an exact fraction between 0 and 1. Kept as a fraction
 * rather than a decimal so that two thirds of three points is exactly 2, not 1.9999.
 */
public record Credit(long earned, long outOf) {

    public static final Credit NONE = new Credit(0, 1);
    public static final Credit FULL = new Credit(1, 1);

    /** Decimal places of a score. */
    static final int SCORE_SCALE = 4;

    /** In lowest terms, so that equal shares are equal records. */
    public Credit {
        if (outOf <= 0 || earned < 0 || earned > outOf) {
            throw new IllegalArgumentException("a credit lies between 0 and 1, not " + earned + "/" + outOf);
        }
        long divisor = gcd(earned, outOf);
        earned /= divisor;
        outOf /= divisor;
    }

    public static Credit fullIf(boolean right) {
        return right ? FULL : NONE;
    }

    /** {@code earned / outOf}, or nothing when the difference that produced {@code earned} went below zero. */
    public static Credit flooredAtNone(long earned, long outOf) {
        return new Credit(Math.max(0, earned), outOf);
    }

    /** This share of {@code points}, rounded half up to four decimal places. */
    public BigDecimal scoreOutOf(BigDecimal points) {
        return points.multiply(BigDecimal.valueOf(earned))
                .divide(BigDecimal.valueOf(outOf), SCORE_SCALE, RoundingMode.HALF_UP);
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
