package org.cyberpolicy.quiz.web;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.cyberpolicy.quiz.account.Account;

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
                    : Account.findByUsername(identity.getPrincipal().getName());
        }
        return account;
    }

    /** The signed-in account; a request without one never reaches a page that calls this. */
    public Account get() {
        return find().orElseThrow(UnauthorizedException::new);
    }

    public long id() {
        return get().id;
    }
}
