package org.cyberpolicy.quiz.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * Lets people sign in with their username in any case. Usernames are stored in lower case, and security-jpa looks
 * them up exactly, so "Alice" would otherwise fail to sign in as "alice". This provider runs before security-jpa's
 * and passes such a request on in lower case; a request already in lower case it leaves to security-jpa (by
 * answering nothing, which makes the manager try the next provider).
 */
@ApplicationScoped
public class LowerCaseUsernames implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    // Looked up on use: the manager is built from the providers, this one included.
    private final Instance<IdentityProviderManager> manager;

    LowerCaseUsernames(Instance<IdentityProviderManager> manager) {
        this.manager = manager;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Higher runs first; security-jpa's provider keeps the default. */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String normalized = Registration.normalizeUsername(request.getUsername());
        if (normalized.equals(request.getUsername())) {
            return Uni.createFrom().nullItem();
        }
        UsernamePasswordAuthenticationRequest lowered = new UsernamePasswordAuthenticationRequest(normalized,
                request.getPassword());
        request.getAttributes().forEach(lowered::setAttribute);
        return manager.get().authenticate(lowered);
    }
}
