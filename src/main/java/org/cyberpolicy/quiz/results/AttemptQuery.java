package org.cyberpolicy.quiz.results;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.cyberpolicy.quiz.Refusal;

/**
 * Which attempts a results page lists, and in which order: from the page's query parameters, checked. A bad value is
 * refused with a message naming it, never silently ignored.
 *
 * @param student matched, ignoring case, anywhere in the username, display name or student number
 * @param from    first day of the start dates shown (UTC), inclusive
 * @param to      last day of the start dates shown (UTC), inclusive
 */
public record AttemptQuery(Sort sort, boolean descending, Optional<String> student, Optional<LocalDate> from,
        Optional<LocalDate> to, int page, Optional<String> section) {

    public AttemptQuery(Sort sort, boolean descending, Optional<String> student, Optional<LocalDate> from,
            Optional<LocalDate> to, int page) {
        this(sort, descending, student, from, to, page, Optional.empty());
    }

    /**
     * The same query for one section's students (docs/people.md). The lines are narrowed to them by whoever reads them
     * (membership is in the database); the query carries the section into its links and its "filtered".
     */
    public AttemptQuery withSection(Optional<String> sectionId) {
        return new AttemptQuery(sort, descending, student, from, to, page, sectionId);
    }

    public static final int PAGE_SIZE = 100;
    public static final AttemptQuery DEFAULT = new AttemptQuery(Sort.STARTED, true, Optional.empty(),
            Optional.empty(), Optional.empty(), 1);

    /** The columns a list can be sorted by, under the names the query parameter uses. */
    public enum Sort {
        STUDENT("student", l -> l.displayName().toLowerCase(Locale.ROOT)),
        QUIZ("quiz", l -> l.quizTitle().toLowerCase(Locale.ROOT)),
        STARTED("started", AttemptLine::startedAt),
        FINISHED("finished", l -> l.finishedAt().orElse(null)),
        DURATION("duration", l -> l.duration().orElse(null)),
        STATE("state", l -> l.state().apiName()),
        SCORE("score", l -> l.score().orElse(null)),
        PERCENT("percent", l -> l.percent().orElse(null)),
        PASSED("passed", l -> l.passed().orElse(null));

        private final String parameter;
        private final Function<AttemptLine, Comparable<?>> key;

        Sort(String parameter, Function<AttemptLine, Comparable<?>> key) {
            this.parameter = parameter;
            this.key = key;
        }

        public String parameter() {
            return parameter;
        }

        static Optional<Sort> named(String name) {
            return Arrays.stream(values()).filter(s -> s.parameter.equals(name)).findFirst();
        }

        /** This column's order; lines without a value (an open attempt's score) come last either way. */
        @SuppressWarnings({ "unchecked", "rawtypes" })
        Comparator<AttemptLine> order(boolean descending) {
            Comparator<Comparable> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
            return Comparator.comparing(line -> (Comparable) key.apply(line), Comparator.nullsLast(values));
        }
    }

    /** What a refusal of the parameters says above its list of problems. */
    public static final String NOT_VALID = "The page's sorting and filters are not valid.";

    /**
     * Reads the query parameters; absent or blank ones take their defaults (newest first, everyone, every date, page
     * 1).
     *
     * @param allowed the sort columns this page offers
     * @throws Refusal listing every refused parameter, each with a message that says what is accepted
     */
    public static AttemptQuery parse(String sort, String dir, String student, String from, String to, String page,
            List<Sort> allowed) {
        List<String> problems = new ArrayList<>();
        Sort sortBy = DEFAULT.sort();
        if (present(sort)) {
            Optional<Sort> named = Sort.named(sort.trim()).filter(allowed::contains);
            if (named.isEmpty()) {
                problems.add("sort must be one of " + String.join(", ", allowed.stream().map(Sort::parameter).toList())
                        + ".");
            } else {
                sortBy = named.get();
            }
        }
        boolean descending = true;
        if (present(dir)) {
            if (dir.trim().equals("asc") || dir.trim().equals("desc")) {
                descending = dir.trim().equals("desc");
            } else {
                problems.add("dir must be asc or desc.");
            }
        } else if (present(sort)) {
            // A column chosen without a direction reads from the top: A to Z, earliest first, lowest first.
            descending = false;
        }
        Optional<String> name = present(student) ? Optional.of(student.trim()) : Optional.empty();
        if (name.isPresent() && name.get().length() > 100) {
            problems.add("student may hold at most 100 characters.");
        }
        Optional<LocalDate> fromDate = date("from", from, problems);
        Optional<LocalDate> toDate = date("to", to, problems);
        if (fromDate.isPresent() && toDate.isPresent() && fromDate.get().isAfter(toDate.get())) {
            problems.add("from (" + fromDate.get() + ") must not be after to (" + toDate.get() + ").");
        }
        int pageNumber = 1;
        if (present(page)) {
            try {
                pageNumber = Integer.parseInt(page.trim());
            } catch (NumberFormatException e) {
                pageNumber = 0;
            }
            if (pageNumber < 1) {
                problems.add("page must be a whole number from 1.");
            }
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(NOT_VALID, problems);
        }
        return new AttemptQuery(sortBy, descending, name, fromDate, toDate, pageNumber);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static Optional<LocalDate> date(String name, String value, List<String> problems) {
        if (!present(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            problems.add(name + " must be a date written as YYYY-MM-DD, such as 2026-01-31.");
            return Optional.empty();
        }
    }

    /** Whether the list is narrowed at all, so that the page can say so. */
    public boolean filtered() {
        return student.isPresent() || from.isPresent() || to.isPresent() || section.isPresent();
    }

    /** The lines this query keeps, in its order (every page). */
    public List<AttemptLine> apply(List<AttemptLine> lines) {
        Comparator<AttemptLine> order = sort.order(descending);
        // Ties keep a stable, meaningful order: newest attempt first.
        order = order.thenComparing(Comparator.comparing(AttemptLine::startedAt).reversed())
                .thenComparing(AttemptLine::attemptId);
        return lines.stream().filter(this::keeps).sorted(order).toList();
    }

    /**
     * The lines this query keeps, in its order (every page), once its page is known to be among theirs.
     *
     * @throws Refusal (invalid) when the page asked for lies beyond the last
     */
    public List<AttemptLine> requirePage(List<AttemptLine> lines) {
        List<AttemptLine> ordered = apply(lines);
        if (page > pages(ordered.size())) {
            throw Refusal.invalid(NOT_VALID, List.of("page must be between 1 and " + pages(ordered.size()) + "."));
        }
        return ordered;
    }

    private boolean keeps(AttemptLine line) {
        if (student.isPresent()) {
            String wanted = student.get().toLowerCase(Locale.ROOT);
            boolean matches = line.username().toLowerCase(Locale.ROOT).contains(wanted)
                    || line.displayName().toLowerCase(Locale.ROOT).contains(wanted)
                    || line.studentNumber().map(n -> n.toLowerCase(Locale.ROOT).contains(wanted)).orElse(false);
            if (!matches) {
                return false;
            }
        }
        LocalDate started = line.startedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        return from.map(f -> !started.isBefore(f)).orElse(true) && to.map(t -> !started.isAfter(t)).orElse(true);
    }

    /** How many pages {@code count} lines fill; at least one, so that an empty list still has a page. */
    public static int pages(int count) {
        return Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The lines of this query's page. */
    public List<AttemptLine> pageOf(List<AttemptLine> ordered) {
        int start = Math.min(ordered.size(), (page - 1) * PAGE_SIZE);
        return ordered.subList(start, Math.min(ordered.size(), start + PAGE_SIZE));
    }
}
