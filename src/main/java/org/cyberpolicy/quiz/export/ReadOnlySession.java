package org.cyberpolicy.quiz.export;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * One read-only database transaction for one export. Queries run through forward-only, read-only cursors with a
 * fixed fetch size, and hand each row to a callback as it is read: an export never holds more than the current row.
 * <p>
 * On H2 the session also runs its queries lazily ({@code LAZY_QUERY_EXECUTION}): otherwise H2 computes a query's whole
 * result before handing over the first row, in memory and beyond 40 000 rows in a temporary file, whatever the fetch
 * size. The setting belongs to the pooled connection, so it is switched off again before the connection goes back.
 */
public final class ReadOnlySession implements AutoCloseable {

    /** What an export does with the row the cursor stands on. */
    @FunctionalInterface
    public interface RowHandler {
        void row(ResultSet row) throws SQLException, IOException;
    }

    private final Connection connection;
    private final int fetchSize;
    private final boolean h2;

    private ReadOnlySession(Connection connection, int fetchSize, boolean h2) {
        this.connection = connection;
        this.fetchSize = fetchSize;
        this.h2 = h2;
    }

    public static ReadOnlySession open(DataSource dataSource, int fetchSize) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            boolean h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
            if (h2) {
                lazy(connection, true);
            }
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            return new ReadOnlySession(connection, fetchSize, h2);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    private static void lazy(Connection connection, boolean on) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LAZY_QUERY_EXECUTION " + on);
        }
    }

    /** Runs {@code sql} with {@code parameters} and hands every row to {@code handler}, in order; returns how many. */
    public long forEach(String sql, List<Object> parameters, RowHandler handler) throws SQLException, IOException {
        try (PreparedStatement statement = cursor(sql, parameters); ResultSet rows = statement.executeQuery()) {
            long count = 0;
            while (rows.next()) {
                handler.row(rows);
                count++;
            }
            return count;
        }
    }

    /** The first column of the first row, as text. */
    public Optional<String> text(String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement statement = cursor(sql, parameters); ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
        }
    }

    /** A cursor as every export reads: forward only, read only, {@code fetchSize} rows at a time. */
    PreparedStatement cursor(String sql, List<Object> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY);
        try {
            statement.setFetchSize(fetchSize);
            for (int i = 0; i < parameters.size(); i++) {
                Object value = parameters.get(i);
                statement.setObject(i + 1,
                        value instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : value);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static Boolean bool(ResultSet row, String column) throws SQLException {
        boolean value = row.getBoolean(column);
        return row.wasNull() ? null : value;
    }

    @Override
    public void close() throws SQLException {
        try {
            // Nothing was written; ending the transaction this way keeps it so.
            connection.rollback();
            connection.setReadOnly(false);
            connection.setAutoCommit(true);
            if (h2) {
                lazy(connection, false);
            }
        } finally {
            connection.close();
        }
    }
}
