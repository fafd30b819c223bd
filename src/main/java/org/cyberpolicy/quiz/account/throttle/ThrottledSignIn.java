package org.cyberpolicy.quiz.account.throttle;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Every sign-in with a name and password, form or HTTP Basic, passes here first. A name or address that must wait is
 * refused at once, the password unread; otherwise the request goes on to the other providers (lower case names,
 * then the accounts in the database), marked so that it passes here only once, and their verdict is counted.
 */
@ApplicationScoped
public class ThrottledSignIn implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final String COUNTED = ThrottledSignIn.class.getName() + ".counted";

    // Looked up on use: the manager is built from the providers, this one included.
    private final Instance<IdentityProviderManager> manager;
    private final LoginGuard guard;

    ThrottledSignIn(Instance<IdentityProviderManager> manager, LoginGuard guard) {
        this.manager = manager;
        this.guard = guard;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Before {@code LowerCaseUsernames} (default + 1) and security-jpa (default). */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 10;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        if (request.getAttribute(COUNTED) != null) {
            return Uni.createFrom().nullItem();
        }
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String username = request.getUsername();
        Optional<SignInRefusal> refusal = guard.refusal(username, http);
        if (refusal.isPresent()) {
            return Uni.createFrom().failure(new AuthenticationFailedException(refusal.get().message()));
        }
        UsernamePasswordAuthenticationRequest counted = new UsernamePasswordAuthenticationRequest(username,
                request.getPassword());
        request.getAttributes().forEach(counted::setAttribute);
        counted.setAttribute(COUNTED, Boolean.TRUE);
        return manager.get().authenticate(counted)
                .onItem().invoke(identity -> guard.succeeded(username))
                .onFailure(AuthenticationFailedException.class).invoke(failure -> guard.failed(username, http));
    }
}
