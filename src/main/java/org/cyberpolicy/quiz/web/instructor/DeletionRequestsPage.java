package org.cyberpolicy.quiz.web.instructor;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.account.deletion.AccountDeletions;
import org.cyberpolicy.quiz.account.deletion.DeletionChoice;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.cyberpolicy.quiz.web.format.Times;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The students' requests to delete their accounts, each with a form to confirm it, deleting the attempts or keeping
 * them anonymised (docs/own-data.md).
 */
@Path("/instructor/deletion-requests")
@RolesAllowed(Account.INSTRUCTOR)
public class DeletionRequestsPage {

    /** One waiting request as the page lists it. */
    public record Request(long accountId, String username, String displayName, Optional<String> studentNumber,
            String requestedAt, long attempts) {
    }

    /** What the page shows; {@code notice} after a confirmation. */
    public record Page(List<Request> requests, Optional<String> notice, List<String> problems) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance requests(Page page);
    }

    private final AccountDeletions deletions;
    private final CallerAccount caller;

    DeletionRequestsPage(AccountDeletions deletions, CallerAccount caller) {
        this.deletions = deletions;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@QueryParam("deleted") String deleted) {
        Optional<String> notice = Optional.ofNullable(deleted).filter(d -> d.matches("[0-9]{1,18}"))
                .map(id -> "The account is deleted; it is now " + AccountDeletions.anonymousName(Long.parseLong(id))
                        + ".");
        return Templates.requests(page(notice, List.of()));
    }

    @POST
    @Path("/{accountId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response confirm(@PathParam("accountId") long accountId, @RestForm String attempts) {
        Optional<DeletionChoice> choice = DeletionChoice.parse(attempts);
        if (choice.isEmpty()) {
            return Response.status(400).type(MediaType.TEXT_HTML).entity(Templates.requests(page(Optional.empty(),
                    List.of("Choose whether the student's attempts are deleted or kept anonymised.")))).build();
        }
        try {
            deletions.confirm(accountId, choice.get(), caller.id());
        } catch (Refusal refused) {
            if (refused.reason() != Refusal.Reason.NOT_FOUND) {
                throw refused;
            }
            return Response.status(404).type(MediaType.TEXT_HTML)
                    .entity(Templates.requests(page(Optional.empty(), List.of(refused.getMessage())))).build();
        }
        return Response.seeOther(URI.create("/instructor/deletion-requests?deleted=" + accountId)).build();
    }

    private Page page(Optional<String> notice, List<String> problems) {
        List<Request> requests = deletions.pending().stream()
                .map(p -> new Request(p.accountId(), p.username(), p.displayName(),
                        Optional.ofNullable(p.studentNumber()), Times.readable(p.requestedAt()), p.attempts()))
                .toList();
        return new Page(requests, notice, problems);
    }
}
