package org.cyberpolicy.quiz.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One value of an exported row. The kind decides how it is written: text from people is neutralised in CSV, values
 * the export computes are not; JSON gets strings, numbers, booleans, arrays or nulls.
 */
public sealed interface Cell {

    /** Text from people or from the bank: names, titles, ids typed by an author. */
    record Text(String value) implements Cell {
    }

    /** An exact decimal: a score, a percentage. Written without trailing zeros. */
    record Decimal(BigDecimal value) implements Cell {

        public String plain() {
            return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        }
    }

    /** A whole number: an id, a position, an attempt number. */
    record Whole(long value) implements Cell {
    }

    /** An instant, written in ISO 8601 UTC to the second, such as {@code 2026-11-23T09:15:00Z}. */
    record Time(Instant value) implements Cell {

        public String iso() {
            return value.truncatedTo(ChronoUnit.SECONDS).toString();
        }
    }

    record Flag(boolean value) implements Cell {
    }

    /** A list of ids; in CSV one cell with the ids separated by spaces, in JSON an array of strings. */
    record Ids(List<String> values) implements Cell {

        public Ids {
            values = List.copyOf(values);
        }
    }

    /**
     * Lines of text from people or the bank (the words of a response: one per choice picked, pair or item); in CSV
     * one cell with the lines separated by {@value #LINE_SEPARATOR}, neutralised; in JSON an array of strings.
     */
    record Lines(List<String> values) implements Cell {

        public Lines {
            values = List.copyOf(values);
        }
    }

    /** How a CSV cell separates {@link Lines}: a row stays on one line of the file. */
    String LINE_SEPARATOR = "; ";

    /** A JSON value this application wrote itself (a stored response); in CSV its JSON text. */
    record Json(String text) implements Cell {
    }

    /** No value: an empty CSV cell, JSON null. */
    record Empty() implements Cell {
    }

    Cell EMPTY = new Empty();

    static Cell text(String value) {
        return value == null ? EMPTY : new Text(value);
    }

    static Cell decimal(BigDecimal value) {
        return value == null ? EMPTY : new Decimal(value);
    }

    static Cell time(Instant value) {
        return value == null ? EMPTY : new Time(value);
    }

    static Cell flag(Boolean value) {
        return value == null ? EMPTY : new Flag(value);
    }

    static Cell json(String text) {
        return text == null ? EMPTY : new Json(text);
    }
}
