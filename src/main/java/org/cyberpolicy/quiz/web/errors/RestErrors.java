package org.cyberpolicy.quiz.web.errors;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.RegistrationDeferredException;
import org.cyberpolicy.quiz.engine.InvalidResponseException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.ForbiddenException;

/**
 * The statuses of the errors that REST resources throw, for pages and the JSON API alike; {@link Errors} shapes the
 * answer. A {@link Refusal} gets the status of its reason, an invalid response 400, a registration put off 429 or
 * 503, and the framework's own errors (no such resource, a method or content type the resource does not take) their
 * status with our words.
 * <p>
 * Anything else a resource throws is not mapped here: it reaches the router, where {@link RouterErrors} answers
 * (a storage failure with 503, the rest with 500).
 */
public class RestErrors {

    private final Errors errors;
    private final JsonBodyErrors jsonBodies = new JsonBodyErrors();

    RestErrors(Errors errors) {
        this.errors = errors;
    }

    @ServerExceptionMapper
    public Response refused(Refusal refusal, UriInfo uri) {
        int status = Errors.status(refusal);
        Response response = errors.response(uri.getPath(), status, refusal.getMessage(), refusal.problems());
        return refusal.retryAfter().map(wait -> Response.fromResponse(response)
                .header("Retry-After", Long.toString(Refusal.seconds(wait))).build()).orElse(response);
    }

    /**
     * A signed-in user refused by a resource's own {@code @RolesAllowed} (the path permissions refuse most such
     * requests earlier, on the router: see {@link RouterErrors}).
     */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return errors.response(uri.getPath(), 403, null, List.of());
    }

    /**
     * A registration put off (the address registered too often lately: 429; the server hashes as many passwords as it
     * allows: 503), with {@code Retry-After}, on the page and the API alike.
     */
    @ServerExceptionMapper
    public Response registrationDeferred(RegistrationDeferredException deferred, UriInfo uri) {
        int status = switch (deferred.reason()) {
            case ADDRESS_LIMIT -> 429;
            case SERVER_BUSY -> 503;
        };
        return Response.fromResponse(errors.response(uri.getPath(), status, deferred.getMessage(), List.of()))
                .header("Retry-After", Long.toString(deferred.retryAfterSeconds())).build();
    }

    @ServerExceptionMapper
    public Response invalidResponse(InvalidResponseException invalid, UriInfo uri) {
        return errors.response(uri.getPath(), 400, invalid.getMessage(), List.of());
    }

    /**
     * Errors of the framework: 404 for a path no resource has, 405 for a method it does not take, 406, and 415 for a
     * body that is not JSON where JSON is expected (the API's only format); a request body that failed to read as
     * JSON, wrapped by the framework, is explained by {@link JsonBodyErrors}. The framework's own messages
     * ({@code "HTTP 404 Not Found"}) say nothing a person can use, so each status gets its usual sentence.
     */
    @ServerExceptionMapper
    public Response framework(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        Optional<Response> unreadableBody = jsonBodies.of(e.getCause());
        if (unreadableBody.isPresent()) {
            return unreadableBody.get();
        }
        String message = Errors.sentence(status);
        if (status == 415) {
            String sent = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
            message = "The request body must be JSON (Content-Type: " + MediaType.APPLICATION_JSON + ")"
                    + (sent == null || sent.isBlank() ? "." : ", not " + sent.strip() + ".");
        }
        return errors.response(uri.getPath(), status, message, List.of());
    }
}
