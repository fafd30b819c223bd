package org.cyberpolicy.quiz.web;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.account.AccountService;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The sign-in page. The form posts to Quarkus's own {@code /j_security_check}, which sets the session cookie and
 * redirects to {@code /} (or back to the page that asked for sign-in), or to {@code /login?error=true}.
 */
@Path("/login")
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean registered, boolean registrationOpen);
    }

    private final SecurityIdentity identity;
    private final AccountService accounts;

    LoginResource(SecurityIdentity identity, AccountService accounts) {
        this.identity = identity;
        this.accounts = accounts;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response login(@RestQuery boolean error, @RestQuery boolean registered) {
        if (!identity.isAnonymous()) {
            return Response.seeOther(URI.create("/")).build();
        }
        return Response.ok(Templates.login(error, registered, accounts.registrationOpen())).build();
    }
}
