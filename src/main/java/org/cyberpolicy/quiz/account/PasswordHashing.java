package org.cyberpolicy.quiz.account;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Hashes the passwords of new registrations, a few at a time ({@link HashingGate}, sized by
 * {@code quiz.registration.concurrent-hashes}, {@code hash-queue} and {@code hash-wait}), so that a burst of
 * registrations, honest or not, leaves the other cores to sign-ins and pages.
 */
@ApplicationScoped
public class PasswordHashing {

    private final HashingGate gate;

    PasswordHashing(RegistrationConfig config) {
        this.gate = new HashingGate(config.concurrentHashes(), config.hashQueue(), config.hashWait());
    }

    /**
     * The bcrypt hash of a new account's password.
     *
     * @throws RegistrationDeferredException when the server hashes as many as it allows and no turn came in time
     */
    public String hash(String password) {
        try {
            return gate.run(() -> Account.hash(password));
        } catch (HashingGate.Busy busy) {
            throw new RegistrationDeferredException(RegistrationDeferredException.Reason.SERVER_BUSY,
                    gate.maxWait().plusSeconds(1));
        }
    }

    /** The gate itself, for tests that hold it to see what waits behind it. */
    HashingGate gate() {
        return gate;
    }
}
