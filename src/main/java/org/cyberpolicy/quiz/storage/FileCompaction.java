package org.cyberpolicy.quiz.storage;

import java.sql.Connection;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Keeps the H2 file from growing while the app runs: every {@code quiz.data.compact-every} (default 1S; {@code off}
 * turns it off) it lets H2 rewrite the chunks that are mostly dead ({@link ChunkRewrite} says why H2 does not do it by
 * itself here). With it the file stays near what the last 45 s of commits wrote plus the live data, however long the
 * app runs (docs/durability.md, "The size of the file"); a normal stop still rewrites the whole file to its live data.
 */
@ApplicationScoped
class FileCompaction {

    private static final Logger LOG = Logger.getLogger(FileCompaction.class);

    private final DataSource dataSource;
    private final StorageConfig config;
    private final boolean h2File;

    FileCompaction(DataSource dataSource, StorageConfig config,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl) {
        this.dataSource = dataSource;
        this.config = config;
        this.h2File = H2FileUrl.isH2File(jdbcUrl);
    }

    @Scheduled(every = "${quiz.data.compact-every:1S}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void rewriteDeadChunks() {
        if (!h2File) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            ChunkRewrite.pass(connection, config.compactBelowFill(), (int) config.compactWrite().asLongValue());
        } catch (Exception e) {
            // The next pass tries again; a database that cannot be reached is the health check's to report.
            LOG.debugf(e, "Rewriting the database file's dead chunks failed this time");
        }
    }
}
