package org.cyberpolicy.quiz.account.throttle;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

/** The time the sign-in throttle goes by; a bean so that tests can move it instead of waiting. */
@ApplicationScoped
public class LoginClock {

    public Instant now() {
        return Instant.now();
    }
}
