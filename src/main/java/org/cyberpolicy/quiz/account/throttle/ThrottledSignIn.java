package org.cyberpolicy.quiz.account.throttle;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
 * Every sign-in with a name and password, form or HTTP Basic, passes here first. One that the throttle refuses fails
 * at once, the password unread. One that must wait for checks in flight asks again shortly. Otherwise the request
 * goes on to the other providers (lower case names, then the accounts in the database), marked so that it passes
 * here only once, and their verdict is counted; a wrong password let
 * {@linkplain SignInDecision.Check#throughAWait() through a wait} is refused with that wait. Each refusal is fired as
 * a {@link SignInRefused} first, for the web to answer ({@code web.security.ThrottledSignInAnswers}).
 */
@ApplicationScoped
public class ThrottledSignIn implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final String COUNTED = ThrottledSignIn.class.getName() + ".counted";

    /** How often an attempt behind checks in flight asks again, and for how long at most. */
    static final Duration ASK_AGAIN_AFTER = Duration.ofMillis(25);
    static final int MOST_ASKS = 400;

    // Looked up on use: the manager is built from the providers, this one included.
    private final Instance<IdentityProviderManager> manager;
    private final LoginGuard guard;
    private final Event<SignInRefused> refusals;

    ThrottledSignIn(Instance<IdentityProviderManager> manager, LoginGuard guard, Event<SignInRefused> refusals) {
        this.manager = manager;
        this.guard = guard;
        this.refusals = refusals;
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
        return attempt(request, HttpSecurityUtils.getRoutingContextAttribute(request), 1);
    }

    private Uni<SecurityIdentity> attempt(UsernamePasswordAuthenticationRequest request, RoutingContext http,
            int asks) {
        String username = request.getUsername();
        SignInDecision decision = guard.decide(username, http);
        if (decision instanceof SignInDecision.Busy) {
            if (asks < MOST_ASKS) {
                return Uni.createFrom().voidItem().onItem().delayIt().by(ASK_AGAIN_AFTER)
                        .onItem().transformToUni(ignored -> attempt(request, http, asks + 1));
            }
            // Checks of this name have been in flight for ten seconds: let the client come back instead.
            decision = new SignInDecision.Refuse(new SignInRefusal(false, Duration.ofSeconds(1)));
        }
        if (decision instanceof SignInDecision.Refuse refuse) {
            refused(http, refuse.refusal());
            return Uni.createFrom().failure(new AuthenticationFailedException(refuse.refusal().message()));
        }
        boolean throughAWait = ((SignInDecision.Check) decision).throughAWait();
        UsernamePasswordAuthenticationRequest counted = new UsernamePasswordAuthenticationRequest(username,
                request.getPassword());
        request.getAttributes().forEach(counted::setAttribute);
        counted.setAttribute(COUNTED, Boolean.TRUE);
        return manager.get().authenticate(counted).onTermination().invoke((identity, failure, cancelled) -> {
            if (failure instanceof AuthenticationFailedException) {
                Optional<SignInRefusal> wait = guard.failed(username, http);
                if (throughAWait) {
                    wait.ifPresent(refusal -> refused(http, refusal));
                }
            } else if (failure == null && !cancelled) {
                guard.succeeded(username, http);
            } else {
                guard.abandoned(username, http);
            }
        });
    }

    private void refused(RoutingContext http, SignInRefusal refusal) {
        if (http != null) {
            refusals.fire(new SignInRefused(http, refusal));
        }
    }
}
