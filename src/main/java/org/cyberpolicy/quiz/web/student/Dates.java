package org.cyberpolicy.quiz.web.student;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

import org.cyberpolicy.quiz.bank.PartialDate;

/** A date of the bank in words, as precise as it is known: 2011, March 2021, 19 July 2021. */
final class Dates {

    private Dates() {
    }

    static String inWords(PartialDate date) {
        return switch (date.precision()) {
            case YEAR -> Integer.toString(date.year());
            case MONTH -> month(date.month()) + " " + date.year();
            case DAY -> LocalDate.of(date.year(), date.month(), date.day()).getDayOfMonth() + " " + month(date.month())
                    + " " + date.year();
        };
    }

    private static String month(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
