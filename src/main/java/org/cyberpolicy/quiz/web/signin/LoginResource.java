package org.cyberpolicy.quiz.web.signin;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.account.AccountService;
import org.cyberpolicy.quiz.account.throttle.SignInRefusal;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The sign-in page. The form posts to Quarkus's own {@code /j_security_check}, which sets the session cookie and
 * redirects to {@code /} (or back to the page that asked for sign-in), or to {@code /login?error=true}; a sign-in
 * refused by the throttle comes back as {@code /login?wait=N} (and {@code &network=true} when the address waits).
 */
@Path("/login")
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean registered, boolean registrationOpen,
                String throttled);
    }

    private final SecurityIdentity identity;
    private final AccountService accounts;

    LoginResource(SecurityIdentity identity, AccountService accounts) {
        this.identity = identity;
        this.accounts = accounts;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response login(@RestQuery boolean error, @RestQuery boolean registered, @RestQuery String wait,
            @RestQuery boolean network) {
        if (!identity.isAnonymous()) {
            return Response.seeOther(URI.create("/")).build();
        }
        String throttled = waitSeconds(wait).map(seconds -> new SignInRefusal(network, Duration.ofSeconds(seconds)).message())
                .orElse(null);
        return Response.ok(Templates.login(error, registered, accounts.registrationOpen(), throttled)).build();
    }

    /** The wait a throttled sign-in was redirected here with ({@code ThrottledSignInAnswers}); nonsense is ignored. */
    static Optional<Long> waitSeconds(String wait) {
        if (wait == null || !wait.matches("[0-9]{1,7}")) {
            return Optional.empty();
        }
        long seconds = Long.parseLong(wait);
        return seconds == 0 ? Optional.empty() : Optional.of(seconds);
    }
}
