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
        return new AttemptConditions(sql.toString(), List.copyOf(parameters));
    }
}
