package org.cyberpolicy.quiz.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.engine.SnapshotCodec;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/**
 * The exports stream: they read the database through a forward-only cursor with a fixed fetch size and write each
 * row before reading much further, so that what they hold does not grow with the number of rows.
 * <p>
 * The proof is structural and deterministic rather than a heap measurement: a cursor wrapper counts the rows the
 * export has pulled, and the output counts the rows it has received; at every write the difference (the rows read
 * but not yet written) is checked. An export that gathered its rows in a list before writing would show a lag of
 * all 100 000 rows; a streaming one lags only by what its fixed-size output buffers hold.
 */
class StreamingExportTest {

    /**
     * Rows read but not yet written that the output buffers (8 KiB of characters, 8 KiB of bytes) can explain; 56
     * responses and 53 attempts were measured, against 100 000 and 10 000 rows in all.
     */
    private static final long BUFFERED_ROWS_AT_MOST = 1_000;
    /** The same for the gradebook, in attempt rows: about 160 short student rows (1 611 attempt rows) measured. */
    private static final long BUFFERED_GRADEBOOK_ROWS_AT_MOST = 3_000;
    private static final int FETCH_SIZE = 500;

    private static final GeneratedAttempts DATA = GeneratedAttempts.tagged("stream", 1_000, 10);
    private static JdbcDataSource h2;
    private static Connection keepAlive;

    @BeforeAll
    static void database() throws SQLException, IOException {
        h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:export-streaming-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        keepAlive = h2.getConnection();
        Flyway.configure().dataSource(h2).load().migrate();
        DATA.insert(keepAlive);
    }

    @AfterAll
    static void close() throws SQLException {
        try (Statement statement = keepAlive.createStatement()) {
            statement.execute("shutdown");
        }
    }

    /** An output that counts the records it receives and, at each write, how far the reading has run ahead. */
    private static final class LagWatchingOutput extends OutputStream {
        private final CountingDatabase database;
        private final long headerRecords;
        private long records;
        private long maxLag;
        private long writes;

        LagWatchingOutput(CountingDatabase database, long headerRecords) {
            this.database = database;
            this.headerRecords = headerRecords;
        }

        @Override
        public void write(int b) {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (bytes[i] == '\n') {
                    records++;
                }
            }
            writes++;
            maxLag = Math.max(maxLag, database.rowsRead() - Math.max(0, records - headerRecords));
        }
    }

    @Test
    void responsesAreWrittenAsTheCursorReadsThem() throws SQLException, IOException {
        CountingDatabase database = new CountingDatabase(h2, sql -> sql.contains("from attempt_question q"));
        LagWatchingOutput out = new LagWatchingOutput(database, 1);
        ExportFilter filter = ExportFilter.parse(DATA.quizId(), null, null, null, null, PracticeAttempts.INCLUDE);

        long rows;
        try (ReadOnlySession session = ReadOnlySession.open(database.dataSource(), FETCH_SIZE)) {
            rows = ResponsesExport.write(session, filter, new CsvTable(out, false), new JsonFactory(),
                    new SnapshotCodec(new ObjectMapper().registerModule(new Jdk8Module()), 0));
        }

        assertEquals(100_000, rows);
        assertEquals(100_000, database.rowsRead());
        assertEquals(100_001, out.records, "a header and one record per response");
        assertTrue(out.writes > 100, "the output was written in many pieces, not once: " + out.writes);
        assertTrue(out.maxLag <= BUFFERED_ROWS_AT_MOST, "rows read ahead of the output: " + out.maxLag);
        CountingDatabase.Cursor cursor = database.cursors.get(0);
        assertEquals(ResultSet.TYPE_FORWARD_ONLY, cursor.type());
        assertEquals(ResultSet.CONCUR_READ_ONLY, cursor.concurrency());
        assertEquals(List.of(FETCH_SIZE), cursor.fetchSizes());
    }

    @Test
    void attemptsAreWrittenAsTheCursorReadsThem() throws SQLException, IOException {
        CountingDatabase database = new CountingDatabase(h2, sql -> sql.contains("from attempt a join account"));
        LagWatchingOutput out = new LagWatchingOutput(database, 1);

        long rows;
        try (ReadOnlySession session = ReadOnlySession.open(database.dataSource(), FETCH_SIZE)) {
            rows = AttemptsExport.write(session, ExportFilter.all(PracticeAttempts.INCLUDE),
                    new CsvTable(out, false));
        }

        assertEquals(10_000, rows);
        assertEquals(10_001, out.records);
        assertTrue(out.maxLag <= BUFFERED_ROWS_AT_MOST, "rows read ahead of the output: " + out.maxLag);
        assertEquals(List.of(FETCH_SIZE), database.cursors.get(0).fetchSizes());
    }

    @Test
    void theGradebookWritesEachStudentOnceTheirAttemptsAreRead() throws SQLException, IOException {
        CountingDatabase database = new CountingDatabase(h2, sql -> sql.contains("from account ac"));
        // Each student is 10 attempt rows; the lag in rows is compared with students written times 10.
        OutputStream out = new OutputStream() {
            long records;
            long maxLag;

            @Override
            public void write(int b) {
                write(new byte[] { (byte) b }, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                for (int i = offset; i < offset + length; i++) {
                    records += bytes[i] == '\n' ? 1 : 0;
                }
                long studentsWritten = Math.max(0, records - 1);
                maxLag = Math.max(maxLag, database.rowsRead() - studentsWritten * 10);
                assertTrue(maxLag <= BUFFERED_GRADEBOOK_ROWS_AT_MOST, "attempt rows read ahead of the output: " + maxLag);
            }
        };
        Bank empty = new Bank(Map.of(), Map.of(), Map.of(), Map.of(), "empty");

        long rows;
        try (ReadOnlySession session = ReadOnlySession.open(database.dataSource(), FETCH_SIZE)) {
            rows = GradebookExport.write(session, ExportFilter.all(PracticeAttempts.EXCLUDE), empty,
                    GradebookSink.csv(out, false));
        }

        assertEquals(10_000, rows, "one row per attempt of the 1000 students");
        assertEquals(Optional.of(List.of(FETCH_SIZE)),
                database.cursors.stream().filter(c -> c.sql().contains("left join")).findFirst()
                        .map(CountingDatabase.Cursor::fetchSizes));
    }
}
