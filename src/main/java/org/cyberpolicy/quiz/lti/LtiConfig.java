package org.cyberpolicy.quiz.lti;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** LTI 1.3 (docs/interop.md, "LTI 1.3"). */
@ConfigMapping(prefix = "quiz.lti")
public interface LtiConfig {

    /**
     * A YAML file of platforms ({@code platforms:} a list of {@code issuer}, {@code client-id}, {@code deployment-ids},
     * {@code auth-login-url}, {@code token-url}, {@code jwks-url}), read at start-up; a file with a problem stops the
     * start with every problem listed. Unset: only the platforms instructors register. ({@code QUIZ_LTI_PLATFORMS})
     */
    Optional<String> platforms();

    /**
     * The address the platforms reach the app at, such as {@code https://quiz.example.edu}: the launch address sent
     * to them ({@code redirect_uri}) and the addresses the instructor's page tells to paste. Unset: the address of
     * each request (behind a proxy, with Quarkus's forwarded headers switched on). ({@code QUIZ_LTI_BASE_URL})
     */
    Optional<String> baseUrl();

    /** How long a login initiation waits for its launch. Default 10 minutes. */
    @WithDefault("10M")
    Duration loginTimeout();

    /**
     * Login initiations one network address may make per {@link #loginsWindow()}: that many at once (a class opening
     * the quiz together behind one school address), then a trickle; beyond it 429 with Retry-After. 0 turns it off.
     */
    @WithDefault("600")
    int loginsPerAddress();

    /** The window of {@link #loginsPerAddress()}. Default 1 minute (600 at once, then 10 a second). */
    @WithDefault("1M")
    Duration loginsWindow();

    /**
     * Logins waiting for their launch, all addresses together, beyond which new ones are refused (429) until older
     * ones are used or expire: a bound on what anonymous requests can make the database hold.
     */
    @WithDefault("100000")
    int maxPendingLogins();

    /** How far the platform's clock may be from ours when the token's {@code exp} and {@code iat} are checked. */
    @WithDefault("60S")
    Duration clockSkew();

    /** The longest a token's {@code iat} may lie in the past. Default 10 minutes. */
    @WithDefault("10M")
    Duration maxTokenAge();
}
