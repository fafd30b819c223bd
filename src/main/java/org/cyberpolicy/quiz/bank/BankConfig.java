package org.cyberpolicy.quiz.bank;

import java.time.Duration;

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

    /**
     * Whether to watch the bank folder (and its sub-folders) and reload when a file changes, with the same rule as a
     * reload: only a valid bank replaces the one in service. Off by default; on in dev mode. Environment variable
     * {@code QUIZ_BANK_WATCH}.
     */
    @WithDefault("false")
    boolean watch();

    /**
     * How long the folder must stay quiet after a change before the watcher reloads: editors save through temporary
     * files and renames, and one reload after the burst is enough.
     */
    @WithDefault("0.4S")
    Duration watchQuiet();
}
