package org.cyberpolicy.quiz.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.account.session.Sessions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Instructors end a student's sessions everywhere (a lost phone, a shared computer left signed in). */
@Path("/api/instructor/accounts/{accountId}/sign-out")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Account.INSTRUCTOR)
@Tag(name = "Accounts")
public class SessionsApi {

    /** How many sessions ended. */
    public record SignedOut(int sessionsEnded) {
    }

    private final Sessions sessions;

    SessionsApi(Sessions sessions) {
        this.sessions = sessions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End every session of an account, on every instance; 404 for an unknown account")
    public SignedOut signOutEverywhere(@PathParam("accountId") long accountId) {
        if (QuarkusTransaction.requiringNew().call(() -> Account.findById(accountId)) == null) {
            throw Refusal.notFound("There is no account " + accountId + ".");
        }
        return new SignedOut(sessions.endAllOf(accountId, null));
    }
}
