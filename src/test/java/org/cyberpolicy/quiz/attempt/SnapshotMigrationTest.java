package org.cyberpolicy.quiz.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Migration 4 moves every attempt question's snapshot to its own table, unchanged, and drops the old column. */
class SnapshotMigrationTest {

    @Test
    void snapshotsRecordedBeforeTheMigrationAreKeptUnchanged() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:snapshot-migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = h2.getConnection(); Statement sql = connection.createStatement()) {
            Flyway.configure().dataSource(h2).target("3").load().migrate();
            sql.execute("insert into account (username, password_hash, role, display_name, created_at)"
                    + " values ('ada', 'x', 'student', 'Ada', current_timestamp)");
            sql.execute("insert into attempt (account_id, quiz_id, quiz_title, number, practice, bank_version, seed,"
                    + " state, open_quiz_id, started_at, max_score) select id, 'q', 'Quiz', 1, false, 'v', 7, 'OPEN',"
                    + " 'q', current_timestamp, 2 from account");
            sql.execute("insert into attempt_question (attempt_id, position, question_id, question_type, snapshot,"
                    + " points, response) select id, 1, 'first', 'short', '{\"one\": \"\u00e9\"}', 1, '\"saved\"'"
                    + " from attempt");
            sql.execute("insert into attempt_question (attempt_id, position, question_id, question_type, snapshot,"
                    + " points) select id, 2, 'second', 'short', '{\"two\": 2}', 1 from attempt");
            Map<String, String> before = snapshotsByQuestion(sql,
                    "select question_id, snapshot from attempt_question");

            Flyway.configure().dataSource(h2).load().migrate();

            assertEquals(before, snapshotsByQuestion(sql, "select q.question_id, s.snapshot from attempt_question q"
                    + " join attempt_question_snapshot s on s.attempt_question_id = q.id"));
            try (ResultSet columns = connection.getMetaData().getColumns(null, null, "ATTEMPT_QUESTION", "SNAPSHOT")) {
                assertFalse(columns.next(), "the old column is gone");
            }
            try (ResultSet response = sql.executeQuery("select response from attempt_question where position = 1")) {
                response.next();
                assertEquals("\"saved\"", response.getString(1));
            }
        }
    }

    private static Map<String, String> snapshotsByQuestion(Statement sql, String query) throws SQLException {
        Map<String, String> snapshots = new LinkedHashMap<>();
        try (ResultSet rows = sql.executeQuery(query + " order by 1")) {
            while (rows.next()) {
                snapshots.put(rows.getString(1), rows.getString(2));
            }
        }
        assertEquals(2, snapshots.size());
        return snapshots;
    }
}
