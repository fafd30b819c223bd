package org.cyberpolicy.quiz.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cyberpolicy.quiz.Refusal;

/**
 * The layouts of the CSV gradebook: our own (the default, two columns per quiz), and the ones Moodle's and Canvas's
 * gradebook imports take as they are. docs/export.md describes each.
 */
public enum GradebookFormat {
    /** Username, display name, student number, then a score and a percent column per quiz. */
    STANDARD("standard"),
    /** Moodle's "Import grades from CSV": First name, Last name, ID number, Email address, one column per quiz. */
    MOODLE("moodle"),
    /** Canvas's gradebook import: Student, ID, SIS User ID, SIS Login ID, Section, then the "Points Possible" row. */
    CANVAS("canvas");

    private final String parameter;

    GradebookFormat(String parameter) {
        this.parameter = parameter;
    }

    /** The value of the {@code format} query parameter. */
    public String parameter() {
        return parameter;
    }

    /** Every valid value of the parameter, in order. */
    public static List<String> parameters() {
        return Arrays.stream(values()).map(GradebookFormat::parameter).toList();
    }

    /**
     * The format a {@code format} query parameter names; absent or blank is our own.
     *
     * @throws Refusal naming the valid values when it names none
     */
    public static GradebookFormat parse(String value) {
        if (value == null || value.isBlank()) {
            return STANDARD;
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        Optional<GradebookFormat> found = Arrays.stream(values()).filter(f -> f.parameter.equals(wanted)).findFirst();
        return found.orElseThrow(() -> Refusal.invalid(ExportFilter.NOT_VALID,
                List.of("format: '" + (value.length() <= 40 ? value : value.substring(0, 40) + "\u2026")
                        + "' is not one of " + String.join(", ", parameters()))));
    }
}
