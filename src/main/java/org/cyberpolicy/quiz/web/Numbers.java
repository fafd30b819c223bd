package org.cyberpolicy.quiz.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Scores and percentages as pages print them: at most two decimals, no trailing zeros. */
final class Numbers {

    private Numbers() {
    }

    static String plain(BigDecimal number) {
        return number.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
