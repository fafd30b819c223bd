package org.cyberpolicy.quiz.web.instructor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cyberpolicy.quiz.results.AttemptLine;
import org.cyberpolicy.quiz.results.AttemptQuery;
import org.cyberpolicy.quiz.web.format.Numbers;
import org.cyberpolicy.quiz.web.format.Times;

/**
 * A sortable, filterable, paged table of attempts, in words and links: what the instructor's results pages show.
 * Links keep the current filters and encode every value.
 */
public record ResultsTable(List<Header> headers, List<Row> rows, int total, int page, int pages,
        Optional<String> previous, Optional<String> next, Optional<String> student, Optional<String> from,
        Optional<String> to, String sort, String dir, boolean filtered) {

    /** A column heading; a sortable one links to the list sorted by it (the other way round if it is the current). */
    public record Header(String label, Optional<String> link, Optional<String> ariaSort, String linkHint) {
    }

    /** One attempt, in words. */
    public record Row(long attemptId, long accountId, String student, String username, String studentNumber,
            String quizId, String quizTitle, int number, String started, String finished, String duration,
            String state, String score, String percent, String passed, boolean reviewable) {

        static Row of(AttemptLine a) {
            return new Row(a.attemptId(), a.accountId(), a.displayName(), a.username(), a.studentNumber().orElse(""),
                    a.quizId(), a.quizTitle(), a.number(), Times.readable(a.startedAt()),
                    a.finishedAt().map(Times::readable).orElse("\u2014"),
                    a.duration().map(ResultsTable::seconds).orElse("\u2014"),
                    a.state().label(),
                    a.score().map(s -> Numbers.plain(s) + " / " + Numbers.plain(a.maxScore())).orElse("\u2014"),
                    a.percent().map(p -> Numbers.plain(p) + "%").orElse("\u2014"),
                    a.passed().map(p -> p ? "Passed" : "Not passed").orElse("\u2014"), a.graded());
        }
    }

    /** A duration to the second; under a second reads "0 s" rather than nothing. */
    static String seconds(java.time.Duration duration) {
        java.time.Duration whole = duration.withNanos(0);
        return whole.isZero() || whole.isNegative() ? "0 s" : Times.duration(whole);
    }

    /** A column of the table: its heading and the sort it offers, if any. */
    record Column(String label, Optional<AttemptQuery.Sort> sort) {
        static Column sortable(String label, AttemptQuery.Sort sort) {
            return new Column(label, Optional.of(sort));
        }

        static Column plain(String label) {
            return new Column(label, Optional.empty());
        }
    }

    static ResultsTable of(String path, List<Column> columns, AttemptQuery query, List<AttemptLine> ordered) {
        int pages = AttemptQuery.pages(ordered.size());
        List<Header> headers = new ArrayList<>();
        for (Column column : columns) {
            if (column.sort().isEmpty()) {
                headers.add(new Header(column.label(), Optional.empty(), Optional.empty(), ""));
                continue;
            }
            AttemptQuery.Sort sort = column.sort().get();
            boolean current = sort == query.sort();
            boolean descending = current && !query.descending();
            Optional<String> ariaSort = current ? Optional.of(query.descending() ? "descending" : "ascending")
                    : Optional.empty();
            String hint = current ? (descending ? ", sorted ascending; sort descending" : ", sorted descending; sort ascending")
                    : ", sort";
            headers.add(new Header(column.label(), Optional.of(link(path, query, sort, descending, 1)), ariaSort,
                    hint));
        }
        List<Row> rows = query.pageOf(ordered).stream().map(Row::of).toList();
        Optional<String> previous = query.page() > 1
                ? Optional.of(link(path, query, query.sort(), query.descending(), query.page() - 1))
                : Optional.empty();
        Optional<String> next = query.page() < pages
                ? Optional.of(link(path, query, query.sort(), query.descending(), query.page() + 1))
                : Optional.empty();
        return new ResultsTable(headers, rows, ordered.size(), query.page(), pages, previous, next, query.student(),
                query.from().map(LocalDate::toString), query.to().map(LocalDate::toString), query.sort().parameter(),
                query.descending() ? "desc" : "asc", query.filtered());
    }

    private static String link(String path, AttemptQuery query, AttemptQuery.Sort sort, boolean descending,
            int page) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("sort", sort.parameter());
        parameters.put("dir", descending ? "desc" : "asc");
        query.student().ifPresent(s -> parameters.put("student", s));
        query.from().ifPresent(d -> parameters.put("from", d.toString()));
        query.to().ifPresent(d -> parameters.put("to", d.toString()));
        query.section().ifPresent(s -> parameters.put("section", s));
        if (page > 1) {
            parameters.put("page", String.valueOf(page));
        }
        StringBuilder link = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            link.append(separator).append(parameter.getKey()).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return link.toString();
    }
}
