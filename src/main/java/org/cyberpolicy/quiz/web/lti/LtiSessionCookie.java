package org.cyberpolicy.quiz.web.lti;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.cyberpolicy.quiz.account.session.SessionKeySource;
import org.cyberpolicy.quiz.account.session.SessionPrincipal;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes the session cookie of a launch's user, exactly as a form sign-in has Quarkus write it: the same cookie, the
 * same key (derived the same way from {@code quarkus.http.auth.session.encryption-key}), the same principal naming the
 * account and its {@code UserSession} row ({@link SessionPrincipal}), so that every later request is checked by
 * {@code SessionIdentities} like any other session and signing out ends it.
 */
@ApplicationScoped
public class LtiSessionCookie {

    private final PersistentLoginManager manager;
    private final String cookieName;

    LtiSessionCookie(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
            String cookieName,
            @ConfigProperty(name = "quarkus.http.auth.form.timeout", defaultValue = "PT30M") Duration timeout,
            @ConfigProperty(name = "quarkus.http.auth.form.new-cookie-interval", defaultValue = "PT1M")
            Duration newCookieInterval,
            @ConfigProperty(name = "quarkus.http.auth.form.http-only-cookie", defaultValue = "false") boolean httpOnly,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-same-site", defaultValue = "strict") String sameSite,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-path", defaultValue = "/") String path,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-max-age") Optional<Duration> maxAge,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-domain") Optional<String> domain) {
        this.cookieName = cookieName;
        // Read at run time, not injected: an injection point would make the build record the key's name for a check,
        // and the key comes only at run time, from the environment or the data folder (SessionKeySource, SessionKeyIT).
        String key = ConfigProvider.getConfig().getValue(SessionKeySource.KEY, String.class);
        this.manager = new PersistentLoginManager(key, cookieName, timeout.toMillis(), newCookieInterval.toMillis(),
                httpOnly, sameSite.toUpperCase(Locale.ROOT), path, maxAge.map(Duration::toSeconds).orElse(-1L),
                domain.orElse(null));
    }

    /** Sets the cookie of the session {@code sessionId} of {@code username} on the response. */
    void write(RoutingContext context, String username, String sessionId) {
        manager.save(new SessionPrincipal(username, sessionId).name(), context, cookieName, null,
                "https".equalsIgnoreCase(context.request().scheme()));
    }
}
