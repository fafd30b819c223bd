package org.cyberpolicy.quiz.web.api;

import java.time.Instant;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.deletion.AccountDeletions;
import org.cyberpolicy.quiz.account.limits.Write;
import org.cyberpolicy.quiz.account.limits.WriteLimits;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

/** A student asks for their account to be deleted, with their password (docs/own-data.md). */
@Path("/api/me/deletion-request")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Own data", description = "Everything the app holds about you, and deleting your account")
public class DeletionRequestApi {

    /** A deletion request: the password, entered again. */
    public record DeletionRequest(String password) {
    }

    /** A recorded request. */
    public record DeletionRequested(Instant requestedAt, String status) {
    }

    private final CallerAccount caller;
    private final AccountDeletions deletions;
    private final WriteLimits limits;

    DeletionRequestApi(CallerAccount caller, AccountDeletions deletions, WriteLimits limits) {
        this.caller = caller;
        this.deletions = deletions;
        this.limits = limits;
    }

    /**
     * Asks for the account to be deleted; an instructor confirms it (docs/own-data.md). 202 with the time of the
     * request; 400 when the password is not right; 403 for an instructor's account.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for your account to be deleted (needs your password)")
    public Response requestDeletion(DeletionRequest request) {
        long accountId = caller.id();
        limits.spend(accountId, Write.OWN_DATA);
        if (request == null) {
            throw Refusal.invalid("The body must be {\"password\": …}.");
        }
        Instant at = deletions.request(accountId, request.password());
        return Response.accepted(new DeletionRequested(at, "waiting for an instructor")).build();
    }

    /** Takes back a waiting request before an instructor confirms it: 204; 404 when none waits. */
    @DELETE
    @Operation(summary = "Take back your waiting deletion request")
    public Response withdraw() {
        long accountId = caller.id();
        limits.spend(accountId, Write.OWN_DATA);
        if (!deletions.withdraw(accountId)) {
            throw Refusal.notFound("No deletion request of yours is waiting.");
        }
        return Response.noContent().build();
    }

}
