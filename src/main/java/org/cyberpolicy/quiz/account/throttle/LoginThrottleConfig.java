package org.cyberpolicy.quiz.account.throttle;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How repeated failed sign-ins are slowed down (see {@link LoginThrottle}, and docs/security-sign-in.md). */
@ConfigMapping(prefix = "quiz.login")
public interface LoginThrottleConfig {

    /** Whether failed sign-ins are throttled at all. Default true. */
    @WithDefault("true")
    boolean throttle();

    /**
     * Failed sign-ins for one username from one network address before its next attempt from there must wait: the
     * main throttle, which slows a guesser without holding up the name anywhere else. Default 5.
     */
    @WithDefault("5")
    int failuresBeforeDelay();

    /**
     * Failed sign-ins for one username from all addresses together before the addresses that have been failing on it
     * must wait; an address with no failure for that name, or where it has signed in before, is still let try, so
     * the owner's right password always gets in. Against guessing spread over many addresses; 0 turns it off.
     * Default 20.
     */
    @WithDefault("20")
    int nameFailuresBeforeDelay();

    /**
     * Failed sign-ins, whatever the username, that one network address may make per {@link #forgetAfter()} before
     * it must wait, for every name but those that have signed in from there before. A ceiling against trying a
     * password on many names; a whole school often reaches the app through one address, so keep it well above what
     * a busy morning's typos add up to. 0 turns it off. Default 100.
     */
    @WithDefault("100")
    int addressFailuresBeforeDelay();

    /** The first wait; each further failure doubles it. Default 1 second. */
    @WithDefault("1S")
    Duration baseDelay();

    /** The longest wait. Default 15 minutes. */
    @WithDefault("15M")
    Duration maxDelay();

    /**
     * A name or address with no failure for this long (and no wait left) starts again from zero; also the period of
     * the per-address allowance. Default 15 minutes.
     */
    @WithDefault("15M")
    Duration forgetAfter();

    /**
     * How many keys each kind of record (names at addresses, names, addresses, successful sign-ins) holds at most;
     * beyond it, those written longest ago are forgotten, so that someone trying endless names cannot fill the
     * memory. Default 10000.
     */
    @WithDefault("10000")
    int maxTracked();

    /**
     * The proxies in front of the app, as addresses or CIDR ranges, whose {@code X-Forwarded-For} is believed:
     * a sign-in counts as coming from the rightmost address in it that is not one of these (see
     * {@link TrustedProxies}). The default trusts a proxy on the same machine only; list the address of the school's
     * reverse proxy or load balancer, or the range it lives in (a Kubernetes ingress: the pod network). Never list the
     * networks the students are in; {@code none} trusts no proxy at all. Default {@code 127.0.0.0/8,::1}.
     */
    @WithDefault("127.0.0.0/8,::1")
    List<String> trustedProxies();

    default ThrottleRules rules() {
        return new ThrottleRules(failuresBeforeDelay(), nameFailuresBeforeDelay(), addressFailuresBeforeDelay(),
                baseDelay(), maxDelay(), forgetAfter(), maxTracked());
    }
}
