package org.cyberpolicy.quiz.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.account.AccountService;
import org.cyberpolicy.quiz.account.session.SessionIdentities;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is looking at the page, for the layout's header. Templates reach it as {@code {inject:visitor.…}}: the layout
 * is included by every {@code @CheckedTemplate}, so the header can show the account without each resource passing
 * it as a parameter, and Qute still checks these expressions at build time. A browser session's identity brings the
 * display name along (see {@link SessionIdentities}); otherwise the account is read once a request, when a page asks.
 */
@Named("visitor")
@RequestScoped
public class Visitor {

    private final SecurityIdentity identity;
    private final AccountService accounts;
    private final CallerAccount caller;

    Visitor(SecurityIdentity identity, AccountService accounts, CallerAccount caller) {
        this.identity = identity;
        this.accounts = accounts;
        this.caller = caller;
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /** The signed-in account's display name, or its username if the account has gone; empty when anonymous. */
    public String displayName() {
        if (!signedIn()) {
            return "";
        }
        String carried = identity.getAttribute(SessionIdentities.DISPLAY_NAME);
        if (carried != null) {
            return carried;
        }
        return caller.find().map(found -> found.displayName).orElse(SessionIdentities.usernameOf(identity));
    }

    /** Whether the visitor may use the instructor area. */
    public boolean instructor() {
        return identity.hasRole(Account.INSTRUCTOR);
    }

    /** Whether the visitor is an assistant, whose part of the staff area is their sections' results. */
    public boolean assistant() {
        return identity.hasRole(Account.ASSISTANT);
    }

    /** Whether to offer registration: it is open, and this visitor has no account in use. */
    public boolean mayRegister() {
        return !signedIn() && accounts.registrationOpen();
    }
}
