package org.cyberpolicy.quiz.testing;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.cyberpolicy.quiz.web.errors.Errors;

/**
 * Test-only pages (this class lives in the test sources, so only {@code @QuarkusTest} apps have it): the error page of
 * any status, as {@link Errors} shapes it, for the statuses no ordinary request reaches easily in a browser (413,
 * 429, 503); and a resource that fails as a bug would.
 */
@Path("/test-only/errors")
public class ErrorTriggers {

    /** The message the failing resource throws; no page may ever show it. */
    public static final String SECRET = "a bug's own words, which stay in the log";

    private final Errors errors;

    ErrorTriggers(Errors errors) {
        this.errors = errors;
    }

    @GET
    @Path("/{status: [0-9]{3}}")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("status") int status, @Context UriInfo uri) {
        return errors.response(uri.getPath(), status, null, List.of());
    }

    /** Guarded by the resource alone, not by the path permissions of application.properties. */
    @GET
    @Path("/instructors-only")
    @RolesAllowed("instructor")
    public String instructorsOnly() {
        return "for instructors";
    }

    @GET
    @Path("/bug")
    public String bug() {
        throw new IllegalStateException(SECRET);
    }
}
