package org.cyberpolicy.quiz.testing;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL database the tests may use: {@code QUIZ_TEST_DB_URL}, {@code QUIZ_TEST_DB_USERNAME},
 * {@code QUIZ_TEST_DB_PASSWORD} ({@code .ci/postgres start} writes them), and the app built for it
 * ({@link PackagedApp#POSTGRESQL_JAR}, by the Maven profile {@code postgresql}, on whenever the URL is set). Without
 * them the PostgreSQL tests are skipped loudly, or fail when {@code QUIZ_PG_TESTS=required} (as {@code .ci/run} sets
 * it), so that CI can never pass without having run them.
 */
public record TestPostgresql(String url, String username, String password) {

    static final String URL_VARIABLE = "QUIZ_TEST_DB_URL";
    static final String REQUIRED_VARIABLE = "QUIZ_PG_TESTS";

    /** The database from the environment, if one is given. */
    public static Optional<TestPostgresql> fromEnvironment() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new TestPostgresql(url.trim(), Optional.ofNullable(System.getenv("QUIZ_TEST_DB_USERNAME"))
                .orElse("quiz"), Optional.ofNullable(System.getenv("QUIZ_TEST_DB_PASSWORD")).orElse("")));
    }

    /** The database and the PostgreSQL build; without both, skips the test class or fails it when required. */
    public static TestPostgresql requireOrSkip() {
        boolean required = "required".equalsIgnoreCase(System.getenv(REQUIRED_VARIABLE));
        Optional<TestPostgresql> database = fromEnvironment();
        String missing = database.isEmpty() ? "NO POSTGRESQL: $" + URL_VARIABLE + " is not set."
                : !Files.isRegularFile(PackagedApp.POSTGRESQL_JAR) ? "NO POSTGRESQL BUILD: " + PackagedApp.POSTGRESQL_JAR
                        + " is missing (the Maven profile postgresql makes it)." : null;
        if (missing == null) {
            return database.get();
        }
        String message = missing + " " + (required
                ? "PostgreSQL tests are required here (" + REQUIRED_VARIABLE + "=required): FAILING."
                : "The PostgreSQL tests are SKIPPED, not passed. Start a database with `.ci/postgres start DIR`, "
                        + "source DIR/env and run ./mvnw verify again.");
        String bar = "#".repeat(100);
        System.err.println("\n" + bar + "\n# " + message + "\n" + bar + "\n");
        if (required) {
            Assertions.fail(message);
        }
        Assumptions.abort(message);
        throw new IllegalStateException("unreachable");
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    /**
     * A new, empty schema of this database, so that a test sees only its own rows; the returned URL makes it the
     * connection's current schema. {@link #dropSchema} removes it.
     */
    public String createSchema(String prefix) throws SQLException {
        String schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        }
        return schema;
    }

    public String urlFor(String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public void dropSchema(String schema) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        }
    }
}
