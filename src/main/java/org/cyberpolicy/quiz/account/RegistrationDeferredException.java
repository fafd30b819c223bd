package org.cyberpolicy.quiz.account;

import java.time.Duration;

import org.cyberpolicy.quiz.Refusal;

/**
 * A registration that was not looked at now, and may be tried again later: its network address has registered too
 * often lately ({@link Reason#ADDRESS_LIMIT}), or the server is already hashing as many passwords as it allows
 * ({@link Reason#SERVER_BUSY}). Nothing was saved. The web layer answers 429 or 503 with {@code Retry-After}.
 */
public class RegistrationDeferredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        ADDRESS_LIMIT, SERVER_BUSY
    }

    private final Reason reason;
    private final Duration retryAfter;

    RegistrationDeferredException(Reason reason, Duration retryAfter) {
        super(message(reason, Refusal.seconds(retryAfter)), null, false, false);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    /** The wait in whole seconds, rounded up, at least 1: what {@code Retry-After} says. */
    public long retryAfterSeconds() {
        return Refusal.seconds(retryAfter);
    }

    private static String message(Reason reason, long seconds) {
        String again = " Nothing was saved; try again in about " + seconds + (seconds == 1 ? " second." : " seconds.");
        return switch (reason) {
            case ADDRESS_LIMIT -> "Too many registrations from your network in a short time." + again;
            case SERVER_BUSY -> "The app is busy creating other accounts." + again;
        };
    }
}
