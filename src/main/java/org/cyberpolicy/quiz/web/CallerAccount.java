package org.cyberpolicy.quiz.web;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.account.session.SessionIdentities;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/** The account behind the current request, looked up once per request. */
@RequestScoped
public class CallerAccount {

    private final SecurityIdentity identity;
    private Optional<Account> account;

    CallerAccount(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Optional<Account> find() {
        if (account == null) {
            account = identity.isAnonymous() ? Optional.empty()
                    : Account.findByUsername(SessionIdentities.usernameOf(identity));
        }
        return account;
    }

    /** The signed-in account; a request without one never reaches a page that calls this. */
    public Account get() {
        return find().orElseThrow(UnauthorizedException::new);
    }

    /**
     * The signed-in account's id: carried by the identity of a browser session (see {@link SessionIdentities}), looked
     * up by name otherwise (HTTP Basic).
     */
    public long id() {
        Long id = identity.getAttribute(SessionIdentities.ACCOUNT_ID);
        return id != null ? id : get().id;
    }
}
