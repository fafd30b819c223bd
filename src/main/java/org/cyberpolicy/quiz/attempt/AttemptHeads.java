package org.cyberpolicy.quiz.attempt;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads {@link AttemptHead}s: one indexed read of the attempt table, as plain JDBC outside any transaction, for the
 * most frequent request of an exam (a student's attempt page) when the rest of the page is already known.
 */
@ApplicationScoped
class AttemptHeads {

    private static final String SQL = "select account_id, state, quiz_title, number, practice, started_at, deadline,"
            + " revision from attempt where id = ?";

    private final DataSource dataSource;

    AttemptHeads(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<AttemptHead> of(long attemptId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(SQL)) {
            query.setLong(1, attemptId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new AttemptHead(attemptId, row.getLong("account_id"),
                        AttemptState.valueOf(row.getString("state")), row.getString("quiz_title"), row.getInt("number"),
                        row.getBoolean("practice"), instant(row, "started_at"),
                        Optional.ofNullable(instant(row, "deadline")), row.getLong("revision")));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read attempt " + attemptId, e);
        }
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
