package org.cyberpolicy.quiz.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chunk rewrite on a real H2 file with the app's settings, under the app's pattern of writes: attempts appended,
 * their responses inserted and then changed over and over, one commit each. The retention time is cut from H2's 45 s
 * to 100 ms so that the test sees in seconds what the app sees in minutes.
 */
class ChunkRewriteTest {

    private static final int WRITE = 2 << 20;
    private static final long RUN_NANOS = 20_000_000_000L;
    private static final int STUDENTS = 4;

    @TempDir
    Path dir;

    private Connection open(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(name)
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;DEFRAG_ALWAYS=TRUE;RETENTION_TIME=100", "quiz", "");
    }

    /**
     * Four students at once, each starting attempts, drawing ten questions, changing answers twenty times and
     * submitting, one commit each, for {@code runNanos}; chunks are rewritten every 100 ms when asked to. The file's
     * mean size over the last third of the time.
     */
    private long sizeAfterWriting(String name, boolean rewrite, long runNanos) throws Exception {
        try (Connection connection = open(name); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE attempt(id BIGINT PRIMARY KEY, state INT)");
            statement.execute("CREATE TABLE response(id BIGINT AUTO_INCREMENT PRIMARY KEY, attempt BIGINT,"
                    + " question INT, answer VARCHAR(200), UNIQUE(attempt, question))");
            long end = System.nanoTime() + runNanos;
            List<Long> sizes = new ArrayList<>();
            AtomicLong attempts = new AtomicLong();
            ExecutorService students = Executors.newFixedThreadPool(STUDENTS);
            List<Future<Void>> done = new ArrayList<>();
            for (int i = 0; i < STUDENTS; i++) {
                done.add(students.submit(() -> {
                    writeLikeAStudent(name, attempts, end);
                    return null;
                }));
            }
            while (System.nanoTime() < end) {
                Thread.sleep(100);
                if (rewrite) {
                    ChunkRewrite.pass(connection, 50, WRITE);
                }
                sizes.add(Files.size(dir.resolve(name + ".mv.db")));
            }
            for (Future<Void> student : done) {
                student.get();
            }
            students.shutdown();
            // H2 cuts the file's end when it can, so its size jumps about: the mean of the last third says more.
            return (long) sizes.subList(sizes.size() * 2 / 3, sizes.size()).stream().mapToLong(Long::longValue)
                    .average().orElseThrow();
        }
    }

    private void writeLikeAStudent(String name, AtomicLong attempts, long end)
            throws SQLException, InterruptedException {
        try (Connection connection = open(name);
                PreparedStatement start = connection.prepareStatement("INSERT INTO attempt VALUES (?, 0)");
                PreparedStatement draw = connection.prepareStatement(
                        "INSERT INTO response(attempt, question) VALUES (?, ?)");
                PreparedStatement save = connection.prepareStatement(
                        "UPDATE response SET answer = ? WHERE attempt = ? AND question = ?");
                PreparedStatement submit = connection.prepareStatement("UPDATE attempt SET state = 1 WHERE id = ?")) {
            while (System.nanoTime() < end) {
                long attempt = attempts.incrementAndGet();
                start.setLong(1, attempt);
                start.executeUpdate();
                for (int question = 0; question < 10; question++) {
                    draw.setLong(1, attempt);
                    draw.setInt(2, question);
                    draw.executeUpdate();
                }
                for (int change = 0; change < 20; change++) {
                    save.setString(1, "{\"response\":\"c" + change % 4 + "\"}");
                    save.setLong(2, attempt);
                    save.setInt(3, change % 10);
                    save.executeUpdate();
                    Thread.sleep(3);
                }
                submit.setLong(1, attempt);
                submit.executeUpdate();
            }
        }
    }

    @Test
    void rewritingKeepsTheFileUnderHalfOfWhatItGrowsToWithout() throws Exception {
        ExecutorService both = Executors.newFixedThreadPool(2);
        Future<Long> without = both.submit(() -> sizeAfterWriting("without", false, RUN_NANOS));
        Future<Long> with = both.submit(() -> sizeAfterWriting("with", true, RUN_NANOS));
        both.shutdown();

        assertTrue(with.get() * 2 < without.get(),
                "with the rewrite " + with.get() + " bytes, without " + without.get());
    }

    @Test
    void rewritingKeepsEveryCommittedRow() throws Exception {
        sizeAfterWriting("kept", true, 3_000_000_000L);

        try (Connection connection = open("kept"); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT (SELECT COUNT(*) FROM attempt WHERE state = 1),"
                        + " (SELECT COUNT(*) FROM attempt), (SELECT COUNT(*) FROM response WHERE answer IS NULL)")) {
            rows.next();
            assertEquals(rows.getLong(2), rows.getLong(1), "every attempt submitted");
            assertEquals(0, rows.getLong(3), "every response saved");
        }
    }

    @Test
    void aDatabaseWithoutAFileIsLeftAlone() throws SQLException {
        try (Connection memory = DriverManager.getConnection("jdbc:h2:mem:chunk-rewrite", "quiz", "")) {
            assertFalse(ChunkRewrite.pass(memory, 50, WRITE));
        }
    }
}
