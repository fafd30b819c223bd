package org.cyberpolicy.quiz.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

import org.cyberpolicy.quiz.attempt.AttemptState;
import org.cyberpolicy.quiz.engine.SnapshotCodec;

import com.fasterxml.jackson.core.JsonFactory;

/**
 * One row per question shown in an attempt, in attempt and then question order: the student, the question and its
 * facts, the stored response (JSON text in the attempt's ids, empty when unanswered) and its mark (empty until the
 * attempt is graded): the current one, and beside it the mark grading gave where an instructor or a regrade changed
 * it since. Columns: see {@link #COLUMNS} and docs/export.md.
 */
final class ResponsesExport {

    static final List<String> COLUMNS = List.of("attempt_id", "username", "student_number", "quiz_id",
            "attempt_number", "practice", "state", "position", "question_id", "question_type", "fact_ids",
            "response", "answered_at", "score", "max_score", "correct", "original_score", "counted", "mark_comment",
            "prompt", "response_text", "correct_answer");

    // The snapshot (up to a megabyte a row) is selected only for the types whose parts an attempt shows in an order of
    // its own (the response's ids point into that order: ReadableResponses reads it); the CASE keeps H2 from reading
    // the others. The rest of a snapshot (fact ids, prompt, key) is fixed by the bank version, and read once per bank
    // version and question, by id when the row did not bring it. A type missing from the list costs a query per row,
    // never a wrong answer.
    // The outer joins find the same rows as inner ones (every question has its attempt, every attempt its account), but
    // make H2 read attempt_question first, through its (attempt_id, position) index, which is already the order asked
    // for: rows then stream from the index as the CSV is written. With inner joins H2 started from the accounts and
    // sorted all rows first, spilling them to a temporary file: about a third of the export's time (performance.md).
    // PostgreSQL turns the joins back into inner ones whenever the filter names an attempt column, and plans freely.
    private static final String SQL = """
            select q.id as question_row, a.id as attempt_id, ac.username, ac.student_number, a.quiz_id, a.number,
                   a.practice, a.state, a.bank_version, q.position, q.question_id, q.question_type, q.response,
                   q.answered_at, q.score, q.points, q.correct, q.original_score, q.counted,
                   q.mark_comment,
                   case when q.question_type in ('single', 'multiple', 'matching', 'ordering')
                        then (select s.snapshot from attempt_question_snapshot s where s.attempt_question_id = q.id)
                   end as snapshot
            from attempt_question q left join attempt a on a.id = q.attempt_id
                 left join account ac on ac.id = a.account_id
            where 1 = 1%s
            order by q.attempt_id, q.position""";

    private static final String SNAPSHOT = "select snapshot from attempt_question_snapshot where attempt_question_id = ?";

    private ResponsesExport() {
    }

    static long write(ReadOnlySession session, ExportFilter filter, Table table, JsonFactory json,
            SnapshotCodec snapshots) throws SQLException, IOException {
        AttemptConditions where = AttemptConditions.of(filter);
        SnapshotFacts facts = new SnapshotFacts(json);
        ReadableResponses readable = new ReadableResponses(snapshots, json);
        table.columns(COLUMNS);
        long rows = session.forEach(SQL.formatted(where.sql()), where.parameters(), row -> {
            String bankVersion = row.getString("bank_version");
            String questionId = row.getString("question_id");
            String response = row.getString("response");
            long questionRow = row.getLong("question_row");
            String laidOut = row.getString("snapshot");
            Supplier<String> snapshot = () -> laidOut != null ? laidOut : snapshot(session, questionRow);
            List<String> factIds = facts.of(bankVersion, questionId, snapshot);
            ReadableResponses.Words words = readable.of(bankVersion, questionId, snapshot, response);
            table.row(List.of(new Cell.Whole(row.getLong("attempt_id")), Cell.text(row.getString("username")),
                    Cell.text(row.getString("student_number")), Cell.text(row.getString("quiz_id")),
                    new Cell.Whole(row.getInt("number")), new Cell.Flag(row.getBoolean("practice")),
                    new Cell.Text(AttemptState.valueOf(row.getString("state")).apiName()),
                    new Cell.Whole(row.getInt("position")), Cell.text(row.getString("question_id")),
                    Cell.text(row.getString("question_type")), new Cell.Ids(factIds),
                    Cell.json(response), Cell.time(ReadOnlySession.instant(row, "answered_at")),
                    Cell.decimal(row.getBigDecimal("score")), Cell.decimal(row.getBigDecimal("points")),
                    Cell.flag(ReadOnlySession.bool(row, "correct")), Cell.decimal(row.getBigDecimal("original_score")),
                    new Cell.Flag(row.getBoolean("counted")), Cell.text(row.getString("mark_comment")),
                    Cell.text(words.prompt()), response == null ? Cell.EMPTY : new Cell.Lines(words.response()),
                    new Cell.Lines(words.key())));
        });
        table.finish();
        return rows;
    }

    private static String snapshot(ReadOnlySession session, long questionRow) {
        try {
            return session.text(SNAPSHOT, List.of(questionRow)).orElseThrow();
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("cannot read question snapshot " + questionRow, e));
        }
    }
}
