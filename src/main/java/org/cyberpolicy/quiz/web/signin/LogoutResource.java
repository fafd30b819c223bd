package org.cyberpolicy.quiz.web.signin;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.account.session.SessionIdentities;
import org.cyberpolicy.quiz.account.session.Sessions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * Signing out: the layout's "Sign out" button posts here, with the CSRF token (quarkus-rest-csrf checks it), so that
 * another site cannot sign a student out. Form sign-in keeps no server-side session, so signing out means telling the
 * browser to drop the encrypted session cookie.
 */
@Path("/logout")
public class LogoutResource {

    private final String cookieName;
    private final String cookiePath;
    private final SecurityIdentity identity;
    private final Sessions sessions;

    LogoutResource(
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
            String cookieName,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-path", defaultValue = "/") String cookiePath,
            SecurityIdentity identity, Sessions sessions) {
        this.cookieName = cookieName;
        this.cookiePath = cookiePath;
        this.identity = identity;
        this.sessions = sessions;
    }

    /** Ends the session on the server, so that no copy of its cookie signs anyone in again, and clears the cookie. */
    @POST
    @Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA })
    public Response logout(RoutingContext context) {
        String session = identity.getAttribute(SessionIdentities.SESSION_ID);
        if (session != null) {
            sessions.end(session);
        }
        // Through Vert.x's cookie jar rather than a JAX-RS NewCookie: the form mechanism may already have put a
        // refreshed session cookie there for this response, and only the same jar entry replaces it.
        context.response().addCookie(Cookie.cookie(cookieName, "").setPath(cookiePath).setMaxAge(0).setHttpOnly(true));
        return Response.seeOther(URI.create("/")).build();
    }
}
