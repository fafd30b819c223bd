package org.cyberpolicy.quiz.web.signin;

import java.net.URI;
import java.util.List;
import java.util.Objects;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.account.AccountService;
import org.cyberpolicy.quiz.account.Registration;
import org.cyberpolicy.quiz.account.RegistrationClosedException;
import org.cyberpolicy.quiz.account.RegistrationException;
import org.cyberpolicy.quiz.account.RegistrationProblem;
import org.cyberpolicy.quiz.account.throttle.ClientAddresses;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

/**
 * The registration page for students. quarkus-rest-csrf refuses a POST without the token the form carries. When
 * registration is closed the page says so, with status 404: there is nothing to register at. A registration put off
 * (too many from one address, or the server busy hashing) reaches {@code web.errors.RestErrors}: 429 or 503.
 */
@Path("/register")
public class RegisterResource {

    static final String PASSWORDS_DIFFER = "the two passwords do not match";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(RegistrationForm form, RegistrationErrors errors);

        static native TemplateInstance closed();
    }

    private final AccountService accounts;
    private final ClientAddresses clientAddresses;

    RegisterResource(AccountService accounts, ClientAddresses clientAddresses) {
        this.accounts = accounts;
        this.clientAddresses = clientAddresses;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show() {
        if (!accounts.registrationOpen()) {
            return closed();
        }
        return Response.ok(Templates.form(RegistrationForm.EMPTY, RegistrationErrors.NONE)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(@RestForm String username, @RestForm String displayName, @RestForm String studentNumber,
            @RestForm String password, @RestForm String passwordConfirm, @RestForm String joinCode,
            @Context HttpServerRequest request) {
        if (!accounts.registrationOpen()) {
            return closed();
        }
        RegistrationForm entered = RegistrationForm.entered(username, displayName, studentNumber, joinCode);
        Registration registration = new Registration(username, password, displayName, studentNumber, joinCode);
        if (!Objects.equals(password, passwordConfirm)) {
            // Still check everything else, so that one round trip shows every problem.
            return invalid(entered, accounts.check(registration, clientAddresses.of(request)),
                    List.of(PASSWORDS_DIFFER));
        }
        try {
            accounts.register(registration, clientAddresses.of(request));
        } catch (RegistrationClosedException e) {
            return closed();
        } catch (RegistrationException e) {
            return invalid(entered, e.problems(), List.of());
        }
        return Response.seeOther(URI.create("/login?registered=true")).build();
    }

    private static Response invalid(RegistrationForm entered, List<RegistrationProblem> problems,
            List<String> confirmProblems) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.form(entered, RegistrationErrors.of(problems, confirmProblems)))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    private static Response closed() {
        return Response.status(Response.Status.NOT_FOUND).entity(Templates.closed()).type(MediaType.TEXT_HTML_TYPE)
                .build();
    }
}
