package org.cyberpolicy.quiz.web.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.account.deletion.AccountDeletions;
import org.cyberpolicy.quiz.account.deletion.DeletionChoice;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Students' requests to delete their accounts, for instructors to confirm (docs/own-data.md). */
@Path("/api/instructor/deletion-requests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Account.INSTRUCTOR)
@Tag(name = "Own data", description = "Everything the app holds about you, and deleting your account")
public class DeletionRequestsApi {

    /** The instructor's choice: {@code delete-attempts} or {@code keep-anonymised}. */
    public record Confirmation(String attempts) {
    }

    private final AccountDeletions deletions;
    private final CallerAccount caller;

    DeletionRequestsApi(AccountDeletions deletions, CallerAccount caller) {
        this.deletions = deletions;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The deletion requests waiting for an instructor, oldest first")
    public List<AccountDeletions.Pending> pending() {
        return deletions.pending();
    }

    /**
     * Deletes the account of a waiting request: {@code {"attempts": "delete-attempts"}} or
     * {@code {"attempts": "keep-anonymised"}}. 404 when no request of that account waits; 400 without a choice.
     */
    @POST
    @Path("/{accountId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm a deletion request, deleting the attempts or keeping them anonymised")
    public AccountDeletions.Deleted confirm(@PathParam("accountId") long accountId, Confirmation confirmation) {
        DeletionChoice choice = DeletionChoice.parse(confirmation == null ? null : confirmation.attempts())
                .orElseThrow(() -> Refusal.invalid("The body must be {\"attempts\": \"delete-attempts\"} or"
                        + " {\"attempts\": \"keep-anonymised\"}."));
        return deletions.confirm(accountId, choice, caller.id());
    }
}
