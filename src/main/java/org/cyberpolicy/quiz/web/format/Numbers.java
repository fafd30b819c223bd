package org.cyberpolicy.quiz.web.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalDouble;

/** Scores and percentages as pages print them: at most two decimals, no trailing zeros. */
public final class Numbers {

    private Numbers() {
    }

    /** A probability as a whole percentage: 0.904 is "90%". */
    public static String percent(double probability) {
        return Math.round(probability * 100) + "%";
    }

    public static String plain(BigDecimal number) {
        return number.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A statistic to a fixed number of decimals, with a dot; a dash when it is undefined. */
    public static String decimal(OptionalDouble value, int decimals) {
        return value.isPresent() ? decimal(value.getAsDouble(), decimals) : "\u2014";
    }

    public static String decimal(double value, int decimals) {
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        // "-0.00" reads as a sign error to a teacher.
        return text.matches("-0\\.?0*") ? text.substring(1) : text;
    }
}
