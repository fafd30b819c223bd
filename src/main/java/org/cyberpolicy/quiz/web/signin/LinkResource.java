package org.cyberpolicy.quiz.web.signin;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.people.Links;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A one-time link (docs/people.md, "Links"): its page asks for a new password (the rules of registration), sets it,
 * ends every session of the account, and signs the browser in. Signing in is the sign-in form's own: the answer is a
 * 307 to {@code /j_security_check}, which the browser follows with the same form, whose fields are named as the
 * sign-in form's ({@code j_username}, {@code j_password}). A link that does not work says so, with 404, and never says
 * whose it was.
 */
@Path("/link/{token}")
public class LinkResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Links.Holder holder, String token, List<String> problems);

        static native TemplateInstance spent();
    }

    private final Links links;

    LinkResource(Links links) {
        this.links = links;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("token") String token) {
        Optional<Links.Holder> holder = links.holder(token);
        if (holder.isEmpty()) {
            return spent();
        }
        return page(Response.Status.OK, Templates.form(holder.get(), token, List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response use(@PathParam("token") String token, @RestForm("j_password") String password,
            @RestForm String passwordConfirm) {
        Optional<Links.Holder> holder = links.holder(token);
        if (holder.isEmpty()) {
            return spent();
        }
        if (!Objects.equals(password, passwordConfirm)) {
            return page(Response.Status.BAD_REQUEST, Templates.form(holder.get(), token,
                    List.of(RegisterResource.PASSWORDS_DIFFER)));
        }
        try {
            links.use(token, password);
        } catch (Refusal refusal) {
            if (refusal.reason() == Refusal.Reason.NOT_FOUND) {
                return spent();
            }
            return page(Response.Status.BAD_REQUEST, Templates.form(holder.get(), token, refusal.problems()));
        }
        // The browser posts the same fields to the sign-in form's address: j_username, j_password.
        return Response.temporaryRedirect(URI.create("/j_security_check")).header("Cache-Control", "no-store")
                .build();
    }

    private static Response page(Response.Status status, TemplateInstance page) {
        // The page's address holds the token: no cache keeps it, no other site is told it.
        return Response.status(status).entity(page).type(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer").build();
    }

    private static Response spent() {
        return page(Response.Status.NOT_FOUND, Templates.spent());
    }
}
