package org.cyberpolicy.quiz.web.lti;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.lti.DeepLinks;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.cyberpolicy.quiz.web.security.SecurityHeaders;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;

/**
 * LTI Deep Linking's picker: after a deep linking request signed its instructor in, the bank's quizzes, each with an
 * "Add to course" button, and a "Cancel"; then the page that posts the signed answer back to the platform (a script
 * of our own submits it at once; the button does when scripts are off). Only the account the request signed in can
 * see or use it ({@link DeepLinks}); the picks are CSRF forms like every other. The answer page alone may post to
 * another site: its Content-Security-Policy adds the platform's return origin to {@code form-action}.
 */
@Path(DeepLinks.PATH + "{id}")
@RolesAllowed({ Account.INSTRUCTOR, Account.ASSISTANT })
public class DeepLinkPage {

    public record Picker(DeepLinks.Waiting request, List<DeepLinks.Choice> quizzes) {
    }

    public record Sent(String returnUrl, String jwt, String quizTitle) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pick(Picker page);

        static native TemplateInstance sent(Sent page);
    }

    private final DeepLinks deepLinks;
    private final CallerAccount caller;
    private final LtiRoutes routes;

    DeepLinkPage(DeepLinks deepLinks, CallerAccount caller, LtiRoutes routes) {
        this.deepLinks = deepLinks;
        this.caller = caller;
        this.routes = routes;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") String id) {
        return Templates.pick(new Picker(deepLinks.waiting(id, caller.get().id), deepLinks.choices()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance pick(@PathParam("id") String id, @FormParam("quiz") String quizId,
            @Context RoutingContext context) {
        if (quizId == null || quizId.isBlank()) {
            throw Refusal.invalid("Pick a quiz with its \"Add to course\" button.");
        }
        return answer(context, id, Optional.of(quizId.strip()));
    }

    @POST
    @Path("/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance cancel(@PathParam("id") String id, @Context RoutingContext context) {
        return answer(context, id, Optional.empty());
    }

    private TemplateInstance answer(RoutingContext context, String id, Optional<String> quizId) {
        DeepLinks.Answer answer = deepLinks.answer(id, caller.get().id, quizId, routes.base(context));
        context.put(SecurityHeaders.FORM_ACTION_ORIGIN, answer.returnOrigin());
        String title = quizId.map(q -> deepLinks.choices().stream().filter(c -> c.id().equals(q)).findFirst()
                .map(DeepLinks.Choice::title).orElse(q)).orElse("");
        return Templates.sent(new Sent(answer.returnUrl(), answer.jwt(), title));
    }
}
