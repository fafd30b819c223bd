package org.cyberpolicy.quiz.web.api;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Makes an anonymous request to {@code /api} get {@code 401} with {@code WWW-Authenticate: Basic}, as scripts and
 * {@code curl -u} expect, instead of a redirect to the sign-in page.
 * <p>
 * With form sign-in enabled, Quarkus keeps the Basic mechanism silent and lets the form mechanism answer every
 * challenge, with a redirect to {@code /login}: right for pages, wrong for the API. Restricting {@code /api} to Basic
 * ({@code quarkus.http.auth.permission.api.auth-mechanism=basic}) would fix the challenge but stop the browser's
 * session cookie from working there. So this mechanism authenticates nobody, leaving the Basic header and the
 * session cookie to work everywhere; it only ranks above both built-in mechanisms, and so answers the challenge
 * first: with Basic under {@code /api}, and elsewhere not at all, which hands the challenge on to them.
 */
@ApplicationScoped
public class ApiBasicChallenge implements HttpAuthenticationMechanism {

    /** Above the built-in Basic mechanism (2000) and the form mechanism (the default, 1000). */
    static final int PRIORITY = 3000;

    private final String challenge;

    ApiBasicChallenge(@ConfigProperty(name = "quarkus.http.auth.realm", defaultValue = "Quarkus") String realm) {
        this.challenge = "Basic realm=\"" + realm + "\"";
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (!isApi(context.normalizedPath())) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new ChallengeData(HttpResponseStatus.UNAUTHORIZED.code(),
                HttpHeaderNames.WWW_AUTHENTICATE, challenge));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public int getPriority() {
        return PRIORITY;
    }

    static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }
}
