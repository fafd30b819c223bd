package org.cyberpolicy.quiz.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.load.LoadResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The bank for scripts: its status, and reloading it from disk after the files were edited. Instructors only. */
@Path("/api/instructor/bank")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Account.INSTRUCTOR)
@Tag(name = "Question bank")
public class BankApi {

    private final CurrentBank currentBank;

    BankApi(CurrentBank currentBank) {
        this.currentBank = currentBank;
    }

    @GET
    @Path("/status")
    @Operation(summary = "The bank in service and what the validator found at the last reading of the files")
    public BankJson.Status status() {
        return BankJson.Status.of(currentBank.get(), currentBank.lastLoad());
    }

    @POST
    @Path("/reload")
    @Operation(summary = "Read the bank folder again",
            description = "200 with the new version when the files make a valid bank, which is then in service;"
                    + " 422 with every error (file, line, column, message) otherwise, and the bank in service stays.")
    public Response reload() {
        LoadResult result = currentBank.reload();
        if (result instanceof LoadResult.Loaded loaded) {
            return Response.ok(new BankJson.Reloaded(loaded.bank().version(), loaded.bank().summary(),
                    BankJson.Problem.of(loaded.warnings()))).build();
        }
        LoadResult.Rejected rejected = (LoadResult.Rejected) result;
        int count = rejected.errors().size();
        return Response.status(422).entity(new BankJson.Rejected("the bank files have " + count
                + (count == 1 ? " error" : " errors") + "; the bank in service did not change",
                currentBank.get().version(), BankJson.Problem.of(rejected.errors()),
                BankJson.Problem.of(rejected.warnings()))).build();
    }
}
