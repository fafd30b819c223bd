package org.cyberpolicy.quiz.web.lti;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.lti.DeepLinks;
import org.cyberpolicy.quiz.lti.LtiConfig;
import org.cyberpolicy.quiz.web.errors.Errors;
import org.cyberpolicy.quiz.web.security.CrossSiteRequests;
import org.cyberpolicy.quiz.web.security.SecurityHeaders;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * LTI Deep Linking's picker, made to work inside the platform's frame (Moodle's "Select content", Canvas's link
 * selection), where browsers withhold this site's cookies: the launch of a deep linking request answers with the
 * picker itself ({@link #picker}, from {@link LtiRoutes}), no session begun; each "Add to course" or "Cancel" posts
 * to {@code /lti/deep-links/{id}} or {@code .../cancel}, and the answer page posts the signed JWT back to the
 * platform's return address in the same frame (a script of our own submits it at once; the button does when scripts
 * are off).
 * <p>
 * The two POSTs are routes on the router, not REST resources, so that quarkus-rest-csrf does not ask for its cookie,
 * which the frame would not bring: their credential is instead the request's id (256 random bits, server-side, single
 * use, 30 minutes), and they must come from our own page (an {@code Origin} or {@code Sec-Fetch-Site} that says
 * so: {@link CrossSiteRequests#isSameOrigin}; the {@code CrossSiteRequests} filter has refused foreign ones and
 * non-forms before). Only these pages may be framed, and only by the platform's origins
 * ({@link SecurityHeaders#FRAME_ANCESTORS}); the answer page alone may post to the platform
 * ({@link SecurityHeaders#FORM_ACTION_ORIGIN}). docs/security.md, "LTI launches".
 */
@ApplicationScoped
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

    private static final String PICK = DeepLinks.PATH + ":id";
    private static final String CANCEL = DeepLinks.PATH + ":id/cancel";
    private static final int MAX_FORM = 4 * 1024;

    private final DeepLinks deepLinks;
    private final LtiConfig config;
    private final Errors errors;

    DeepLinkPage(DeepLinks deepLinks, LtiConfig config, Errors errors) {
        this.deepLinks = deepLinks;
        this.config = config;
        this.errors = errors;
    }

    void routes(@Observes Router router) {
        router.post(PICK).handler(BodyHandler.create(false).setBodyLimit(MAX_FORM))
                .blockingHandler(context -> answer(context, false), false);
        router.post(CANCEL).handler(BodyHandler.create(false).setBodyLimit(MAX_FORM))
                .blockingHandler(context -> answer(context, true), false);
        router.route(PICK).method(HttpMethod.GET).handler(context -> errors.send(context, 405,
                "The quiz choice opens from your course only: use its \"Select content\" or link selection again."));
    }

    /** The launch's answer to a deep linking request: the picker, framed by the platform only. */
    void picker(RoutingContext context, DeepLinks.Waiting request) {
        context.put(SecurityHeaders.FRAME_ANCESTORS, request.platformOrigins());
        html(context, Templates.pick(new Picker(request, deepLinks.choices())));
    }

    private void answer(RoutingContext context, boolean cancel) {
        String id = context.pathParam("id");
        if (!CrossSiteRequests.isSameOrigin(context.request())) {
            errors.send(context, 403, "This quiz choice takes the forms of its own page only: pick again there.");
            return;
        }
        String type = context.request().getHeader("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            errors.send(context, 415, "This quiz choice takes the forms of its own page only: pick again there.");
            return;
        }
        try {
            // Known and waiting: its platform may frame the answer, or the refusal of an unknown quiz.
            DeepLinks.Waiting request = deepLinks.waiting(id);
            context.put(SecurityHeaders.FRAME_ANCESTORS, request.platformOrigins());
            Optional<String> quizId = Optional.empty();
            if (!cancel) {
                String quiz = context.request().getFormAttribute("quiz");
                if (quiz == null || quiz.isBlank()) {
                    throw Refusal.invalid("Pick a quiz with its \"Add to course\" button.");
                }
                quizId = Optional.of(quiz.strip());
            }
            DeepLinks.Answer answer = deepLinks.answer(id, quizId, LtiRoutes.base(config, context));
            context.put(SecurityHeaders.FORM_ACTION_ORIGIN, answer.returnOrigin());
            context.put(SecurityHeaders.FRAME_ANCESTORS, answer.platformOrigins());
            String title = quizId.map(q -> deepLinks.choices().stream().filter(c -> c.id().equals(q)).findFirst()
                    .map(DeepLinks.Choice::title).orElse(q)).orElse("");
            html(context, Templates.sent(new Sent(answer.returnUrl(), answer.jwt(), title)));
        } catch (Refusal refusal) {
            errors.send(context, Errors.status(refusal), refusal.getMessage());
        }
    }

    private static void html(RoutingContext context, TemplateInstance page) {
        context.response().setStatusCode(200).putHeader("Content-Type", "text/html;charset=UTF-8").end(page.render());
    }
}
