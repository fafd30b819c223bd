package org.cyberpolicy.quiz.bank;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to the day, to the month or only to the year: sources often give no more, and a date
 * question asks for exactly the precision of its answer.
 */
public record PartialDate(int year, int month, int day, Precision precision) {

    public enum Precision {
        YEAR, MONTH, DAY
    }

    private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        switch (precision) {
            case YEAR -> {
                month = 0;
                day = 0;
            }
            case MONTH -> {
                YearMonth.of(year, month);
                day = 0;
            }
            case DAY -> LocalDate.of(year, month, day);
        }
        if (year < 1) {
            throw new DateTimeException("the year must be positive");
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0, Precision.YEAR);
    }

    public static PartialDate of(int year, int month) {
        return new PartialDate(year, month, 0, Precision.MONTH);
    }

    public static PartialDate of(int year, int month, int day) {
        return new PartialDate(year, month, day, Precision.DAY);
    }

    /** Whether the text has the shape of a date ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}), valid or not. */
    public static boolean looksLikeDate(String text) {
        return SHAPE.matcher(text.strip()).matches();
    }

    /**
     * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws DateTimeException for a date of the right shape that does not exist, such as 2021-02-30
     * @return empty when the text is not shaped like a date at all
     */
    public static Optional<PartialDate> parse(String text) {
        Matcher m = SHAPE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return Optional.of(ofYear(year));
        }
        int month = Integer.parseInt(m.group(2));
        if (m.group(3) == null) {
            return Optional.of(of(year, month));
        }
        return Optional.of(of(year, month, Integer.parseInt(m.group(3))));
    }

    /** This date cut down to a coarser precision, e.g. 2021-07-19 to 2021-07. */
    public PartialDate truncatedTo(Precision coarser) {
        if (coarser.compareTo(precision) > 0) {
            throw new IllegalArgumentException(this + " is not known to the " + coarser.name().toLowerCase());
        }
        return new PartialDate(year, month, day, coarser);
    }

    public boolean isAtLeastAsPreciseAs(PartialDate other) {
        return precision.compareTo(other.precision) >= 0;
    }

    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }
}
