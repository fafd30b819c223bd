package org.cyberpolicy.quiz.web.api;

import java.io.IOException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.load.LoadResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The bank for scripts: its status, and reloading it from disk after the files were edited. Instructors only. */
@Path("/api/instructor/bank")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Account.INSTRUCTOR)
@Tag(name = "Question bank")
public class BankApi {

    private final CurrentBank currentBank;
    private final ObjectMapper mapper;

    BankApi(CurrentBank currentBank, ObjectMapper mapper) {
        this.currentBank = currentBank;
        this.mapper = mapper;
    }

    @GET
    @Path("/status")
    @Operation(summary = "The bank in service and what the validator found at the last reading of the files")
    public BankJson.Status status() {
        return BankJson.Status.of(currentBank.get(), currentBank.lastLoad());
    }

    /** The body is optional, so it is read here: a body-less {@code curl -X POST} sends no content type. */
    @POST
    @Path("/reload")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Read the bank folder again",
            description = "200 with the new version when the files make a valid bank, which is then in service;"
                    + " 422 with every error (file, line, column, message) otherwise, and the bank in service stays."
                    + " A valid bank without any quiz (or question), where the bank in service has some, is 409 and"
                    + " stays out of service unless the body says {\"confirm\": true}.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BankJson.ReloadRequest.class)))
    public Response reload(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body)
            throws IOException {
        boolean confirm = OptionalJsonBody.read(mapper, body, contentType, BankJson.ReloadRequest.class)
                .map(request -> Boolean.TRUE.equals(request.confirm())).orElse(false);
        LoadResult result = currentBank.reload(confirm);
        if (result instanceof LoadResult.Loaded loaded) {
            return Response.ok(new BankJson.Reloaded(loaded.bank().version(), loaded.bank().summary(),
                    BankJson.Problem.of(loaded.warnings()))).build();
        }
        if (result instanceof LoadResult.Unconfirmed unconfirmed) {
            return Response.status(409).entity(new BankJson.Unconfirmed("the bank files are valid, but "
                    + unconfirmed.loss() + "; the bank in service did not change. To put it in service all the same,"
                    + " reload with the body {\"confirm\": true}", currentBank.get().version(),
                    BankJson.Problem.of(unconfirmed.warnings()))).build();
        }
        LoadResult.Rejected rejected = (LoadResult.Rejected) result;
        int count = rejected.errors().size();
        return Response.status(422).entity(new BankJson.Rejected("the bank files have " + count
                + (count == 1 ? " error" : " errors") + "; the bank in service did not change",
                currentBank.get().version(), BankJson.Problem.of(rejected.errors()),
                BankJson.Problem.of(rejected.warnings()))).build();
    }
}
