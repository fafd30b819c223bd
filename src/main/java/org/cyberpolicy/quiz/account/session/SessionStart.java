package org.cyberpolicy.quiz.account.session;

import java.time.Clock;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.account.session.SessionIdentities;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * A sign-in through the form starts a session: a {@link UserSession} row, whose id the identity's principal carries
 * ({@link SessionPrincipal}) into the cookie that Quarkus then writes. Every other authentication (a cookie brought
 * back, HTTP Basic) goes through untouched, at the cost of a comparison.
 */
@ApplicationScoped
public class SessionStart implements SecurityIdentityAugmentor {

    private final String signInPath;
    private final Clock clock = Clock.systemUTC();

    SessionStart(@ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
            String signInPath) {
        this.signInPath = signInPath;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        Object http = attributes.get(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE);
        if (identity.isAnonymous() || !(http instanceof RoutingContext request) || !isFormSignIn(request)
                || SessionPrincipal.parse(identity.getPrincipal().getName()).isPresent()) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> withNewSession(identity));
    }

    private boolean isFormSignIn(RoutingContext request) {
        return request.request().method() == HttpMethod.POST && signInPath.equals(request.normalizedPath());
    }

    private SecurityIdentity withNewSession(SecurityIdentity identity) {
        String username = identity.getPrincipal().getName();
        UserSession session = QuarkusTransaction.requiringNew().call(() -> {
            Account account = Account.findByUsername(username).filter(a -> a.active)
                    .orElseThrow(() -> new AuthenticationFailedException("no active account '" + username + "'"));
            return UserSession.start(account.id, clock.instant());
        });
        return QuarkusSecurityIdentity.builder(identity)
                .setPrincipal(new QuarkusPrincipal(new SessionPrincipal(username, session.id).name()))
                .addAttribute(SessionIdentities.USERNAME, username)
                .addAttribute(SessionIdentities.SESSION_ID, session.id)
                .build();
    }
}
