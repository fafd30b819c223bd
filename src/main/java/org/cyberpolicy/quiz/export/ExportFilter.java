package org.cyberpolicy.quiz.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cyberpolicy.quiz.Refusal;

/**
 * Which attempts an export covers: one quiz or all, those started in a time window, with or without practice
 * attempts. The window is half-open, {@code from <= started_at < until}.
 *
 * @param quiz     a quiz id, or every quiz
 * @param from     the earliest start time included
 * @param until    the first start time no longer included
 * @param practice whether practice attempts count
 * @param bom      whether CSV output starts with a UTF-8 byte order mark (for Excel)
 * @param sections only the students of these sections (none: nobody), or everyone
 */
public record ExportFilter(Optional<String> quiz, Optional<Instant> from, Optional<Instant> until,
        PracticeAttempts practice, boolean bom, Optional<List<String>> sections) {

    public ExportFilter(Optional<String> quiz, Optional<Instant> from, Optional<Instant> until,
            PracticeAttempts practice, boolean bom) {
        this(quiz, from, until, practice, bom, Optional.empty());
    }

    /** The same filter for the students of the given sections only (docs/people.md), or for everyone. */
    public ExportFilter withSections(Optional<List<String>> sectionIds) {
        return new ExportFilter(quiz, from, until, practice, bom, sectionIds.map(List::copyOf));
    }

    /** What a refusal of the filters says above its list of problems. */
    public static final String NOT_VALID = "the export filters are not valid";

    /** Quiz ids as the bank allows them (kebab case); anything else cannot match and is refused, not searched for. */
    private static final Pattern QUIZ_ID = Pattern.compile("(?=.{1,100}$)[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * Reads the query parameters of an export. Blank values count as absent, as an empty form field sends them.
     * {@code from} and {@code to} are an ISO date ({@code 2026-11-23}, UTC) or an instant
     * ({@code 2026-11-23T09:00:00Z}); a date in {@code to} includes that whole day.
     *
     * @param defaultPractice what {@code practice} means when absent: the gradebook leaves practice out, the other
     *                        exports keep it
     * @throws Refusal listing every value that does not fit
     */
    public static ExportFilter parse(String quiz, String from, String to, String practice, String bom,
            PracticeAttempts defaultPractice) {
        List<String> problems = new ArrayList<>();
        Optional<String> quizId = present(quiz);
        if (quizId.isPresent() && !QUIZ_ID.matcher(quizId.get()).matches()) {
            problems.add("quiz: '" + shortened(quizId.get()) + "' is not a quiz id");
        }
        Optional<Instant> start = present(from).flatMap(value -> time(value, false, "from", problems));
        Optional<Instant> end = present(to).flatMap(value -> time(value, true, "to", problems));
        if (start.isPresent() && end.isPresent() && !start.get().isBefore(end.get())) {
            problems.add("from: " + from.strip() + " is after to: " + to.strip());
        }
        PracticeAttempts practiceOption = present(practice).map(value -> PracticeAttempts.parse(value).orElseGet(() -> {
            problems.add("practice: '" + shortened(value) + "' is not one of include, exclude, only");
            return defaultPractice;
        })).orElse(defaultPractice);
        Optional<Boolean> withBom = present(bom).map(value -> {
            if (!value.equals("true") && !value.equals("false")) {
                problems.add("bom: '" + shortened(value) + "' is not true or false");
            }
            return value.equals("true");
        });
        if (!problems.isEmpty()) {
            throw Refusal.invalid(NOT_VALID, problems);
        }
        return new ExportFilter(quizId, start, end, practiceOption, withBom.orElse(false));
    }

    /** Everything, with the given practice option. */
    public static ExportFilter all(PracticeAttempts practice) {
        return new ExportFilter(Optional.empty(), Optional.empty(), Optional.empty(), practice, false);
    }

    /** Whether an attempt started at {@code startedAt} lies in the window. */
    public boolean admitsStart(Instant startedAt) {
        return from.map(f -> !startedAt.isBefore(f)).orElse(true) && until.map(startedAt::isBefore).orElse(true);
    }

    private static Optional<Instant> time(String value, boolean end, String name, List<String> problems) {
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return Optional.of((end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            Instant instant = Instant.parse(value);
            // An instant in "to" is included: the window ends just after it.
            return Optional.of(end ? instant.plusNanos(1) : instant);
        } catch (DateTimeParseException e) {
            problems.add(name + ": '" + shortened(value) + "' is neither a date like 2026-11-23 nor an instant like"
                    + " 2026-11-23T09:00:00Z");
            return Optional.empty();
        }
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** Echoes at most 40 characters of a bad value, so that an error message never grows with the input. */
    private static String shortened(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "\u2026";
    }
}
