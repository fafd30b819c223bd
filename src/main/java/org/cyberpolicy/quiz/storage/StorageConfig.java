package org.cyberpolicy.quiz.storage;

import java.nio.file.Path;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the embedded database keeps its files, how much free space it needs there to be ready, and how the running app
 * keeps the file from growing.
 */
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

    /** Chunks are rewritten while the live share of the file's chunks is under this percentage. Default 50. */
    @WithDefault("50")
    int compactBelowFill();

    /** At most this much is written by one pass, which holds H2's store lock while it writes. Default 2M. */
    @WithDefault("2M")
    MemorySize compactWrite();
}
