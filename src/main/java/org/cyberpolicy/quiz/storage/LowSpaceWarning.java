package org.cyberpolicy.quiz.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/** Warns in the start-up log when the data folder of an H2 file database is short of space. */
@ApplicationScoped
class LowSpaceWarning {

    private static final Logger LOG = Logger.getLogger(LowSpaceWarning.class);

    void atStart(@Observes StartupEvent start, StorageConfig config,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl) {
        if (!H2FileUrl.isH2File(jdbcUrl)) {
            return;
        }
        DataFolder folder = new DataFolder(config.dir());
        long free = folder.usableSpace();
        long minimum = config.minFreeSpace().asLongValue();
        if (free >= 0 && free < minimum) {
            LOG.warn(StorageMessages.lowSpace(folder.dir(), free, minimum));
        }
    }
}
