package org.cyberpolicy.quiz.account.throttle;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How repeated failed sign-ins are slowed down (see {@link LoginThrottle}). */
@ConfigMapping(prefix = "quiz.login")
public interface LoginThrottleConfig {

    /** Whether failed sign-ins are throttled at all. Default true. */
    @WithDefault("true")
    boolean throttle();

    /** Failed sign-ins for one username before the next attempt must wait. Default 5. */
    @WithDefault("5")
    int failuresBeforeDelay();

    /**
     * Failed sign-ins, whatever the username, from one network address before the next attempt from there must
     * wait; 0 turns the per-address limit off. Higher than the per-name limit because a whole school often reaches
     * the app through one address. Default 50.
     */
    @WithDefault("50")
    int addressFailuresBeforeDelay();

    /** The first wait; each further failure doubles it. Default 1 second. */
    @WithDefault("1S")
    Duration baseDelay();

    /** The longest wait. Default 15 minutes. */
    @WithDefault("15M")
    Duration maxDelay();

    /** A name or address with no failure for this long (and no wait left) starts again from zero. Default 15 minutes. */
    @WithDefault("15M")
    Duration forgetAfter();

    /**
     * How many names and addresses are remembered at most; beyond it, those whose last failure is oldest are
     * forgotten, so that someone trying endless names cannot fill the memory. Default 10000.
     */
    @WithDefault("10000")
    int maxTracked();

    default ThrottleRules rules() {
        return new ThrottleRules(failuresBeforeDelay(), addressFailuresBeforeDelay(), baseDelay(), maxDelay(),
                forgetAfter(), maxTracked());
    }
}
