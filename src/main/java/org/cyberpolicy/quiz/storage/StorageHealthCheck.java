package org.cyberpolicy.quiz.storage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * "storage": whether the embedded database can keep writing. DOWN, with the reason, when its folder cannot be written
 * or has less free space than {@code quiz.data.min-free-space}; a server database (PostgreSQL) watches its own disk,
 * so with any URL but an H2 file one the check only says it does not apply. The answer is public, so it says how
 * things stand and never where the data lives.
 */
@Readiness
@ApplicationScoped
public class StorageHealthCheck implements HealthCheck {

    static final String NAME = "storage";

    private final StorageConfig config;
    private final StorageFailures failures;
    private final boolean h2File;

    StorageHealthCheck(StorageConfig config, StorageFailures failures,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl) {
        this.config = config;
        this.failures = failures;
        this.h2File = H2FileUrl.isH2File(jdbcUrl);
    }

    @Override
    public HealthCheckResponse call() {
        if (!h2File) {
            return HealthCheckResponse.named(NAME).up().withData("checked", "no: not an H2 file database").build();
        }
        DataFolder folder = new DataFolder(config.dir());
        long free = folder.usableSpace();
        long minimum = config.minFreeSpace().asLongValue();
        // Anyone may ask (the orchestrator's probes sign in as nobody): the answer names no path and no byte count.
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        if (folder.whyNotWritable().isPresent()) {
            return response.down()
                    .withData("reason", "the data folder cannot be written: check that the app's user may write it")
                    .build();
        }
        var failed = failures.recent();
        if (failed.isPresent()) {
            return response.down().withData("reason", "the database could not write at " + failed.get().at() + " ("
                    + failed.get().reason() + "); free space, then restart the app").build();
        }
        if (free < minimum) {
            return response.down().withData("reason", "the data folder has " + StorageMessages.size(free)
                    + " free, less than quiz.data.min-free-space (" + StorageMessages.size(minimum) + ")").build();
        }
        return response.up().build();
    }
}
