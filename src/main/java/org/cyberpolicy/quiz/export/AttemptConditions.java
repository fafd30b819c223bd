package org.cyberpolicy.quiz.export;

import java.util.ArrayList;
import java.util.List;

/** An {@link ExportFilter} as SQL conditions on the attempt table (aliased {@code a}), with their parameters. */
record AttemptConditions(String sql, List<Object> parameters) {

    /** The conditions joined with {@code and}, starting with {@code and}; empty when the filter keeps everything. */
    static AttemptConditions of(ExportFilter filter) {
        StringBuilder sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        filter.quiz().ifPresent(quiz -> {
            sql.append(" and a.quiz_id = ?");
            parameters.add(quiz);
        });
        filter.from().ifPresent(from -> {
            sql.append(" and a.started_at >= ?");
            parameters.add(from);
        });
        filter.until().ifPresent(until -> {
            sql.append(" and a.started_at < ?");
            parameters.add(until);
        });
        if (filter.practice() != PracticeAttempts.INCLUDE) {
            sql.append(" and a.practice = ?");
            parameters.add(filter.practice() == PracticeAttempts.ONLY);
        }
        AttemptConditions students = students(filter, "a.account_id");
        sql.append(students.sql());
        parameters.addAll(students.parameters());
        return new AttemptConditions(sql.toString(), List.copyOf(parameters));
    }

    /**
     * The filter's sections as a condition on an account id column, starting with {@code and}; empty when the filter
     * keeps every student.
     */
    static AttemptConditions students(ExportFilter filter, String accountColumn) {
        if (filter.sections().isEmpty()) {
            return new AttemptConditions("", List.of());
        }
        List<String> sections = filter.sections().get();
        if (sections.isEmpty()) {
            return new AttemptConditions(" and 1 = 0", List.of());
        }
        String marks = String.join(", ", java.util.Collections.nCopies(sections.size(), "?"));
        return new AttemptConditions(" and " + accountColumn + " in (select sm.account_id from section_member sm"
                + " where sm.section_id in (" + marks + "))", List.copyOf(sections));
    }
}
