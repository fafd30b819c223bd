package org.cyberpolicy.quiz.web.api;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.account.AccountService;
import org.cyberpolicy.quiz.account.PasswordChanges;
import org.cyberpolicy.quiz.account.Registration;
import org.cyberpolicy.quiz.account.RegistrationClosedException;
import org.cyberpolicy.quiz.account.RegistrationException;
import org.cyberpolicy.quiz.account.session.SessionIdentities;
import org.cyberpolicy.quiz.account.throttle.ClientAddresses;
import org.cyberpolicy.quiz.web.CallerAccount;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/**
 * Accounts over JSON, for scripts: register, and see who you are signed in as (HTTP Basic or the browser's session).
 * No CSRF token is needed here: only {@code application/json} is accepted, which a page on another site cannot send
 * without the browser asking this server first (CORS is not enabled), and the session cookie is not sent on
 * cross-site requests anyway.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class AccountApiResource {

    /** What registration returns: the new account, without any trace of the password. */
    public record RegisteredAccount(String username, String displayName, String studentNumber) {
    }

    /** The signed-in account, as {@code GET /api/me} shows it. */
    public record SignedInAccount(String username, String displayName, String role, String studentNumber) {
    }

    /** A change of one's own password. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    /** What a password change did beside it: how many other sessions it ended. */
    public record PasswordChanged(int otherSessionsEnded) {
    }

    private final AccountService accounts;
    private final PasswordChanges passwords;
    private final SecurityIdentity identity;
    private final CallerAccount caller;
    private final ClientAddresses clientAddresses;

    AccountApiResource(AccountService accounts, PasswordChanges passwords, SecurityIdentity identity,
            CallerAccount caller, ClientAddresses clientAddresses) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.identity = identity;
        this.caller = caller;
        this.clientAddresses = clientAddresses;
    }

    /**
     * 201 with the account and {@code Location: /api/me} (where the account reads itself once signed in); 400 with
     * every problem; 409 when the only problem is that the username is taken; 403 when registration is closed; 429
     * when the caller's address has registered too often lately, 503 when the server hashes as many passwords as it
     * allows (both with {@code Retry-After}; see {@code web.errors.RestErrors}).
     */
    @POST
    @Path("/register")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(Registration registration, @Context HttpServerRequest request) {
        if (registration == null) {
            throw Refusal.invalid("a JSON body is required");
        }
        Account account;
        try {
            account = accounts.register(registration, clientAddresses.of(request));
        } catch (RegistrationClosedException e) {
            throw Refusal.forbidden(e.getMessage());
        } catch (RegistrationException e) {
            if (e.usernameTakenOnly()) {
                throw Refusal.conflict(e.getMessage(), e.messages());
            }
            throw Refusal.invalid("the registration is invalid", e.messages());
        }
        return Response.created(URI.create("/api/me"))
                .entity(new RegisteredAccount(account.username, account.displayName, account.studentNumber)).build();
    }

    @GET
    @Path("/me")
    @Authenticated
    public SignedInAccount me() {
        Account account = Account.findByUsername(SessionIdentities.usernameOf(identity))
                .orElseThrow(() -> Refusal.notFound("the signed-in account no longer exists"));
        return new SignedInAccount(account.username, account.displayName, account.role, account.studentNumber);
    }

    /**
     * Changes the signed-in account's password, knowing the current one; every other session of the account ends
     * (this one, if it is a browser session, goes on). 400 with every problem when refused.
     */
    @POST
    @Path("/me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    public PasswordChanged changePassword(PasswordChange change) {
        if (change == null) {
            throw Refusal.invalid("The body must be {\"currentPassword\": …, \"newPassword\": …}.");
        }
        return new PasswordChanged(passwords.change(caller.id(), change.currentPassword(), change.newPassword(),
                identity.getAttribute(SessionIdentities.SESSION_ID)));
    }
}
