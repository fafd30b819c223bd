package org.cyberpolicy.quiz.bank;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the question bank lives and how much of it is accepted. */
@ConfigMapping(prefix = "quiz.bank")
public interface BankConfig {

    String DEFAULT_DIR = "questions";
    String DEFAULT_MAX_FILE_SIZE = "1M";
    long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

    /**
     * The folder read, recursively, for {@code *.yaml} and {@code *.yml} files; relative to the working directory.
     * Environment variable {@code QUIZ_BANK_DIR}.
     */
    @WithDefault(DEFAULT_DIR)
    String dir();

    /** The largest bank file accepted; larger files are rejected before they are parsed. */
    @WithDefault(DEFAULT_MAX_FILE_SIZE)
    MemorySize maxFileSize();

    /** How many nodes YAML aliases may expand to in one file: a guard against alias bombs ("billion laughs"). */
    @WithDefault("10000")
    long maxAliasedNodes();
}
