package org.cyberpolicy.quiz.web.student;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.account.PasswordChanges;
import org.cyberpolicy.quiz.account.session.SessionIdentities;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** One's own account: who it is, and changing its password (which signs out every other session). */
@Path("/account")
@Authenticated
public class AccountPage {

    /** What the page shows; {@code problems} when a change was refused, {@code notice} after one. */
    public record Page(String username, String displayName, Optional<String> studentNumber, List<String> problems,
            Optional<String> notice) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(Page page);
    }

    private final CallerAccount caller;
    private final SecurityIdentity identity;
    private final PasswordChanges passwords;

    AccountPage(CallerAccount caller, SecurityIdentity identity, PasswordChanges passwords) {
        this.caller = caller;
        this.identity = identity;
        this.passwords = passwords;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@QueryParam("changed") Integer endedSessions) {
        Optional<String> notice = Optional.ofNullable(endedSessions).map(ended -> "Your password is changed."
                + (ended == 0 ? "" : ended == 1 ? " Your one other session was signed out."
                        : " Your " + ended + " other sessions were signed out."));
        return Templates.account(page(List.of(), notice));
    }

    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response changePassword(@RestForm String currentPassword, @RestForm String newPassword,
            @RestForm String newPasswordConfirm) {
        if (newPassword == null || !newPassword.equals(newPasswordConfirm)) {
            return refused(List.of("The two new passwords do not match."));
        }
        try {
            int ended = passwords.change(caller.id(), currentPassword, newPassword,
                    identity.getAttribute(SessionIdentities.SESSION_ID));
            return Response.seeOther(URI.create("/account?changed=" + ended)).build();
        } catch (Refusal refused) {
            if (refused.reason() != Refusal.Reason.INVALID) {
                throw refused;
            }
            return refused(refused.problems());
        }
    }

    private Response refused(List<String> problems) {
        return Response.status(400).type(MediaType.TEXT_HTML)
                .entity(Templates.account(page(problems, Optional.empty()))).build();
    }

    private Page page(List<String> problems, Optional<String> notice) {
        Account account = caller.get();
        return new Page(account.username, account.displayName, Optional.ofNullable(account.studentNumber), problems,
                notice);
    }
}
