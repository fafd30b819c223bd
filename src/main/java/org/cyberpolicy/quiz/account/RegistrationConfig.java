package org.cyberpolicy.quiz.account;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether students may create their own accounts, and how fast. */
@ConfigMapping(prefix = "quiz.registration")
public interface RegistrationConfig {

    /**
     * When false, the registration page and {@code POST /api/register} refuse new accounts, for a course whose
     * students are all known. Environment variable {@code QUIZ_REGISTRATION_ENABLED}.
     */
    @WithDefault("true")
    boolean enabled();

    /**
     * How many passwords of new registrations are hashed at the same moment, at most. bcrypt keeps a core busy for a
     * good part of a second; one at a time leaves the other cores of a small server to sign-ins and pages. Raise it
     * on a machine with many cores (keep it below their number). Environment variable
     * {@code QUIZ_REGISTRATION_CONCURRENT_HASHES}. Default 1.
     */
    @WithDefault("1")
    int concurrentHashes();

    /**
     * How many more registrations may wait for their turn to hash; beyond them, a registration is answered 503 at
     * once. Each waiting one holds a worker thread. Environment variable {@code QUIZ_REGISTRATION_HASH_QUEUE}.
     * Default 32: a class pressing "Create account" together waits a few seconds rather than being turned away.
     */
    @WithDefault("32")
    int hashQueue();

    /**
     * How long a registration waits for its turn to hash before it is answered 503. Environment variable
     * {@code QUIZ_REGISTRATION_HASH_WAIT}. Default 10 seconds.
     */
    @WithDefault("10S")
    Duration hashWait();
}
