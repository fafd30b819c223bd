package org.cyberpolicy.quiz.storage;

import java.nio.file.Path;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the embedded database keeps its files, and how much free space it needs there to be ready. */
@ConfigMapping(prefix = "quiz.data")
public interface StorageConfig {

    /** The data folder of the H2 file database ({@code QUIZ_DATA_DIR}). Default {@code ./data}. */
    @WithDefault("./data")
    Path dir();

    /**
     * Below this much free space in the data folder the app reports itself not ready (and warns at start-up), so that
     * a load balancer or an operator can act before saves start failing. Default 100M.
     */
    @WithDefault("100M")
    MemorySize minFreeSpace();
}
