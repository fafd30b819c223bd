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
     * How many registrations one network address may attempt at once, and per {@link #perAddressWindow()}: once they
     * are used, the next one comes back after {@code window / per-address} (2 seconds by default). Every attempt
     * counts, refused ones included. A class behind one school router shares one address, so keep it above the
     * largest class; 0 turns the limit off. The address is counted as for sign-ins: the client's as a proxy listed in
     * {@code quiz.login.trusted-proxies} forwards it; an IPv6 address counts by its /64. Environment
     * variable {@code QUIZ_REGISTRATION_PER_ADDRESS}. Default 30.
     */
    @WithDefault("30")
    int perAddress();

    /** See {@link #perAddress()}. Environment variable {@code QUIZ_REGISTRATION_PER_ADDRESS_WINDOW}. Default 1 minute. */
    @WithDefault("1M")
    Duration perAddressWindow();

    /**
     * How many addresses the per-address limit remembers at most; beyond it, those that registered longest ago are
     * forgotten (and start again with a full allowance), so that the memory it takes stays bounded. Environment
     * variable {@code QUIZ_REGISTRATION_MAX_TRACKED}. Default 10000.
     */
    @WithDefault("10000")
    int maxTracked();

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
