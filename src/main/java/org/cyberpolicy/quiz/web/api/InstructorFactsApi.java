package org.cyberpolicy.quiz.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.Fact;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The questions the bank generates from a fact, keys included: instructors only. The class's path is the whole
 * address: a class at {@code /api/instructor/facts} would hide {@code MarksApi}'s {@code facts/{factId}/regrade}, since
 * Quarkus REST looks no further than the class with the longest matching path.
 */
@Path("/api/instructor/facts/{factId}/questions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Account.INSTRUCTOR)
@Tag(name = "Question bank")
public class InstructorFactsApi {

    private final CurrentBank currentBank;

    InstructorFactsApi(CurrentBank currentBank) {
        this.currentBank = currentBank;
    }

    @GET
    @Operation(summary = "The questions generated from a fact, with their keys",
            description = "Empty when the fact has no 'kind' (or 'generate: none'); 404 for a fact the bank does not"
                    + " have.")
    public GeneratedJson questions(@PathParam("factId") String factId) {
        Bank bank = currentBank.get();
        Fact fact = bank.facts().get(factId);
        if (fact == null) {
            throw Refusal.notFound("The bank has no fact '" + factId + "'.");
        }
        return GeneratedJson.of(fact, bank.generatedFrom(fact));
    }
}
