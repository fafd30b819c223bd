package org.cyberpolicy.quiz.web.lti;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.lti.GradePassback;
import org.cyberpolicy.quiz.lti.LtiConfig;
import org.cyberpolicy.quiz.lti.Platform;
import org.cyberpolicy.quiz.lti.PlatformSpec;
import org.cyberpolicy.quiz.lti.Platforms;
import org.cyberpolicy.quiz.web.CallerAccount;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The instructor's LTI page: the addresses to paste into the learning platform, each quiz's target link, the
 * platforms the tool trusts, a form to register one and buttons to remove them. CSRF forms, no JavaScript.
 */
@Path("/instructor/lti")
@RolesAllowed(Account.INSTRUCTOR)
public class LtiPage {

    /** The form's fields, as sent (shown again with the problems). */
    public record Form(String issuer, String clientId, String deploymentIds, String authLoginUrl, String tokenUrl,
            String jwksUrl) {
        static final Form EMPTY = new Form("", "", "", "", "", "");
    }

    /** A quiz and the target link URI that opens it. */
    public record QuizLink(String id, String title, String url) {
    }

    public record Page(String loginUrl, String launchUrl, String jwksUrl, String targetLinkUrl,
            List<QuizLink> quizzes, List<Platform> platforms, Form form, List<String> problems, String message) {
    }

    /** The grade passback page: the latest score of every student and line item. */
    public record GradesPage(List<GradePassback.GradeView> grades, String message) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lti(Page page);

        static native TemplateInstance grades(GradesPage page);
    }

    private final Platforms platforms;
    private final CurrentBank bank;
    private final LtiConfig config;
    private final CallerAccount caller;

    private final GradePassback passback;

    LtiPage(Platforms platforms, CurrentBank bank, LtiConfig config, CallerAccount caller, GradePassback passback) {
        this.passback = passback;
        this.platforms = platforms;
        this.bank = bank;
        this.config = config;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@Context UriInfo uri, @jakarta.ws.rs.QueryParam("done") String done) {
        String message = "registered".equals(done) ? "The platform is registered."
                : "removed".equals(done) ? "The platform is removed." : "";
        return page(uri, Form.EMPTY, List.of(), message);
    }

    @POST
    @Path("/platforms")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response register(@Context UriInfo uri, @FormParam("issuer") String issuer,
            @FormParam("clientId") String clientId, @FormParam("deploymentIds") String deploymentIds,
            @FormParam("authLoginUrl") String authLoginUrl, @FormParam("tokenUrl") String tokenUrl,
            @FormParam("jwksUrl") String jwksUrl) {
        Form form = new Form(orEmpty(issuer), orEmpty(clientId), orEmpty(deploymentIds), orEmpty(authLoginUrl),
                orEmpty(tokenUrl), orEmpty(jwksUrl));
        List<String> ids = Arrays.stream(form.deploymentIds().split("[,\\s]+")).filter(id -> !id.isBlank())
                .toList();
        try {
            platforms.register(new PlatformSpec(form.issuer(), form.clientId(), ids, form.authLoginUrl(),
                    form.tokenUrl(), form.jwksUrl()), caller.get().username);
        } catch (Refusal refused) {
            List<String> problems = refused.problems().isEmpty() ? List.of(refused.getMessage()) : refused.problems();
            int status = refused.reason() == Refusal.Reason.CONFLICT ? 409 : 400;
            return Response.status(status).entity(page(uri, form, problems, "")).build();
        }
        return Response.seeOther(URI.create("/instructor/lti?done=registered")).build();
    }

    @POST
    @Path("/platforms/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") String id) {
        platforms.delete(LtiPlatformsApi.parseId(id));
        return Response.seeOther(URI.create("/instructor/lti?done=removed")).build();
    }

    /** Grade passback: what was sent to the platforms' gradebooks, what waits, what failed, with a Resend button. */
    @GET
    @Path("/grades")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance grades(@jakarta.ws.rs.QueryParam("done") String done) {
        return Templates.grades(new GradesPage(passback.latest(), "resent".equals(done)
                ? "The score will be sent again in a moment." : ""));
    }

    @POST
    @Path("/grades/{id}/resend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resend(@PathParam("id") String id) {
        passback.resend(LtiGradesApi.parseId(id));
        return Response.seeOther(URI.create("/instructor/lti/grades?done=resent")).build();
    }

    private TemplateInstance page(UriInfo uri, Form form, List<String> problems, String message) {
        String base = config.baseUrl().map(url -> url.replaceAll("/+$", ""))
                .orElseGet(() -> uri.getBaseUri().toString().replaceAll("/+$", ""));
        List<QuizLink> quizzes = bank.get().quizzes().values().stream()
                .map(quiz -> new QuizLink(quiz.id(), quiz.title(), base + "/lti/quizzes/" + quiz.id())).toList();
        return Templates.lti(new Page(base + LtiRoutes.LOGIN, base + LtiRoutes.LAUNCH, base + "/lti/jwks",
                base + "/lti/quizzes/QUIZ-ID", quizzes, platforms.all(), form, problems, message));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
