package org.cyberpolicy.quiz.web.instructor;

import java.net.URI;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.attempt.QuestionUsage;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.LoadStatus;
import org.cyberpolicy.quiz.bank.load.LoadResult;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The bank page for instructors: what the bank in service holds, how its questions fare, and what the validator
 * said about the files; with a button to reload the bank from disk after editing the files elsewhere.
 */
@Path("/instructor/bank")
@RolesAllowed(Account.INSTRUCTOR)
public class BankPage {

    @CheckedTemplate
    static class Templates {
        /** @param unconfirmed what a reload would take away, when it waits for the instructor's confirmation */
        static native TemplateInstance bank(BankOverview page, boolean reloaded, Optional<String> unconfirmed);
    }

    private final CurrentBank currentBank;

    BankPage(CurrentBank currentBank) {
        this.currentBank = currentBank;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@QueryParam("reloaded") boolean reloaded) {
        return page(reloaded, Optional.empty());
    }

    private TemplateInstance page(boolean reloaded, Optional<String> unconfirmed) {
        LoadStatus last = currentBank.lastLoad();
        return Templates.bank(BankOverview.of(currentBank.get(), last, currentBank.files(),
                QuestionUsage.ofGradedAttempts()), reloaded, unconfirmed);
    }

    /** Reads the folder again; the page then shows whether the files were accepted, and if not, why. */
    @POST
    @Path("/reload")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response reload(@FormParam("confirm") boolean confirm) {
        if (currentBank.reload(confirm) instanceof LoadResult.Unconfirmed unconfirmed) {
            // The page again, asking: the files would leave the course without quizzes.
            return Response.status(409).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(page(false, Optional.of(unconfirmed.loss()))).build();
        }
        return Response.seeOther(URI.create("/instructor/bank?reloaded=true")).build();
    }
}
