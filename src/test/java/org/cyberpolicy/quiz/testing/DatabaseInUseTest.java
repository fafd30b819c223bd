package org.cyberpolicy.quiz.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The database tests run on the database they claim to: H2 in the ordinary run, PostgreSQL in the second run that the
 * Maven profile {@code postgresql} adds (which passes {@code quiz.db.url}), so that a configuration slip cannot turn
 * the PostgreSQL run into a second H2 run that passes unnoticed.
 */
@QuarkusTest
@Tag("database")
class DatabaseInUseTest {

    @Inject
    DataSource dataSource;

    @Test
    void theTestsUseTheDatabaseOfTheirRun() throws SQLException {
        String url = System.getProperty("quiz.db.url", "");
        String expected = url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2";
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(expected, connection.getMetaData().getDatabaseProductName());
        }
    }
}
