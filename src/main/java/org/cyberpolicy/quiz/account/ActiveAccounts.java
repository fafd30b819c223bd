package org.cyberpolicy.quiz.account;

import jakarta.enterprise.context.ApplicationScoped;

import org.cyberpolicy.quiz.account.session.SessionIdentities;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * A deactivated account ({@link Account#active} false) signs in no more with its name and password, through the form
 * or HTTP Basic: the right password is refused like a wrong one. Sessions of the account were ended when it was
 * deactivated, and {@link SessionIdentities} reads only active accounts, so a cookie does not bring it back either.
 * Identities from a session cookie already carry the account's id and pass untouched.
 */
@ApplicationScoped
public class ActiveAccounts implements SecurityIdentityAugmentor {

    /** Before SessionStart, so that a refused sign-in starts no session. */
    @Override
    public int priority() {
        return 100;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getAttribute(SessionIdentities.ACCOUNT_ID) != null) {
            return Uni.createFrom().item(identity);
        }
        String username = SessionIdentities.usernameOf(identity);
        return context.runBlocking(() -> {
            boolean active = QuarkusTransaction.requiringNew().call(() -> Account.count("username = ?1 and active = true",
                    username) > 0);
            if (!active) {
                throw new AuthenticationFailedException("the account is deactivated");
            }
            return identity;
        });
    }
}
