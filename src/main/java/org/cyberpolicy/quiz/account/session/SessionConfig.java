package org.cyberpolicy.quiz.account.session;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Browser sessions (see {@link UserSession}). */
@ConfigMapping(prefix = "quiz.session")
public interface SessionConfig {

    /**
     * The longest a session lasts from its sign-in, however often it is used: then its student signs in again.
     * Quarkus's own limit ({@code quarkus.http.auth.form.timeout}, 2 hours) is the longest a session may stay unused.
     * Default 14 days.
     */
    @WithDefault("14D")
    Duration maxAge();

    /** How long an ended session's row is kept before it is forgotten. Default 1 day. */
    @WithDefault("1D")
    Duration keepEnded();
}
