package org.cyberpolicy.quiz.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A consistent copy of the running H2 file database, made with H2's {@code BACKUP TO} into
 * {@code <data folder>/backups/quiz-<UTC time>.zip} while the app keeps serving. Copying the {@code .mv.db} file of a
 * running app is not safe; copying it while the app is stopped is.
 */
@ApplicationScoped
public class DatabaseBackup {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** The backup made: where, and how large. */
    public record Made(Path file, long bytes) {
    }

    private final DataSource dataSource;
    private final StorageConfig config;
    private final boolean h2File;
    private final Clock clock = Clock.systemUTC();

    DatabaseBackup(DataSource dataSource, StorageConfig config,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl) {
        this.dataSource = dataSource;
        this.config = config;
        this.h2File = H2FileUrl.isH2File(jdbcUrl);
    }

    /** Empty when the database is not an H2 file (a server database is backed up with its own tools). */
    public synchronized Optional<Made> make() throws IOException, SQLException {
        if (!h2File) {
            return Optional.empty();
        }
        Path folder = new DataFolder(config.dir()).dir().resolve("backups");
        Files.createDirectories(folder);
        Path file = folder.resolve("quiz-" + STAMP.format(clock.instant()) + ".zip");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve("quiz-" + STAMP.format(clock.instant()) + "-" + n + ".zip");
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // BACKUP TO takes a literal, not a parameter; the name is ours, and quotes are doubled all the same.
            statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
        }
        return Optional.of(new Made(file, Files.size(file)));
    }
}
