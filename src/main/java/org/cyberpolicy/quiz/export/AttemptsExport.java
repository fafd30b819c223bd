package org.cyberpolicy.quiz.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;

import org.cyberpolicy.quiz.attempt.AttemptState;

/**
 * One row per attempt, open ones included (with empty score, percent and finish time), oldest first.
 * Columns: see {@link #COLUMNS} and docs/export.md.
 */
final class AttemptsExport {

    static final List<String> COLUMNS = List.of("attempt_id", "username", "display_name", "student_number",
            "quiz_id", "quiz_title", "attempt_number", "practice", "state", "started_at", "deadline", "finished_at",
            "score", "max_score", "percent", "passed", "bank_version", "original_score", "original_max_score");

    private static final String SQL = """
            select a.id, ac.username, ac.display_name, ac.student_number, a.quiz_id, a.quiz_title, a.number,
                   a.practice, a.state, a.started_at, a.deadline, a.finished_at, a.score, a.max_score, a.passed,
                   a.bank_version, a.original_score, a.original_max_score
            from attempt a join account ac on ac.id = a.account_id
            where 1 = 1%s
            order by a.id""";

    private AttemptsExport() {
    }

    static long write(ReadOnlySession session, ExportFilter filter, Table table) throws SQLException, IOException {
        AttemptConditions where = AttemptConditions.of(filter);
        table.columns(COLUMNS);
        long rows = session.forEach(SQL.formatted(where.sql()), where.parameters(), row -> {
            BigDecimal score = row.getBigDecimal("score");
            BigDecimal max = row.getBigDecimal("max_score");
            table.row(List.of(new Cell.Whole(row.getLong("id")), Cell.text(row.getString("username")),
                    Cell.text(row.getString("display_name")), Cell.text(row.getString("student_number")),
                    Cell.text(row.getString("quiz_id")), Cell.text(row.getString("quiz_title")),
                    new Cell.Whole(row.getInt("number")), new Cell.Flag(row.getBoolean("practice")),
                    new Cell.Text(AttemptState.valueOf(row.getString("state")).apiName()),
                    Cell.time(ReadOnlySession.instant(row, "started_at")),
                    Cell.time(ReadOnlySession.instant(row, "deadline")),
                    Cell.time(ReadOnlySession.instant(row, "finished_at")), Cell.decimal(score), Cell.decimal(max),
                    score == null ? Cell.EMPTY
                            : Cell.decimal(new GradingMethod.GradedAttempt(0, score, max).percent()),
                    Cell.flag(ReadOnlySession.bool(row, "passed")), Cell.text(row.getString("bank_version")),
                    Cell.decimal(row.getBigDecimal("original_score")),
                    Cell.decimal(row.getBigDecimal("original_max_score"))));
        });
        table.finish();
        return rows;
    }
}
