package org.cyberpolicy.quiz.web.student;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.account.deletion.AccountDeletions;
import org.cyberpolicy.quiz.account.limits.Write;
import org.cyberpolicy.quiz.account.limits.WriteLimits;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.cyberpolicy.quiz.web.format.Times;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * A student asks for their account to be deleted, entering their password again (docs/own-data.md); an instructor
 * then confirms. The page says what deletion does, and, once asked, that the request waits.
 */
@Path("/account/deletion")
@Authenticated
public class OwnDataPage {

    /** What the page shows: whether a request waits (and since when), and why the last one was refused. */
    public record Page(boolean student, Optional<String> requestedAt, List<String> problems,
            boolean throughPlatform) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance deletion(Page page);
    }

    private final CallerAccount caller;
    private final AccountDeletions deletions;
    private final WriteLimits limits;

    OwnDataPage(CallerAccount caller, AccountDeletions deletions, WriteLimits limits) {
        this.caller = caller;
        this.deletions = deletions;
        this.limits = limits;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        return Templates.deletion(page(List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response request(@RestForm String password) {
        long accountId = caller.id();
        limits.spend(accountId, Write.OWN_DATA);
        try {
            deletions.request(accountId, password);
            return Response.seeOther(URI.create("/account/deletion")).build();
        } catch (Refusal refused) {
            if (refused.reason() != Refusal.Reason.INVALID) {
                throw refused;
            }
            return Response.status(400).type(MediaType.TEXT_HTML)
                    .entity(Templates.deletion(page(refused.problems()))).build();
        }
    }

    /** Takes back the waiting request; the page then offers to ask again. */
    @POST
    @Path("/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw() {
        long accountId = caller.id();
        limits.spend(accountId, Write.OWN_DATA);
        deletions.withdraw(accountId);
        return Response.seeOther(URI.create("/account/deletion")).build();
    }

    private Page page(List<String> problems) {
        Account account = caller.get();
        Optional<Instant> since = deletions.pendingSince(account.id);
        return new Page(Account.STUDENT.equals(account.role), since.map(Times::readable), problems,
                deletions.signsInThroughAPlatform(account.id));
    }
}
