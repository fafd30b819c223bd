package org.cyberpolicy.quiz.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.attempt.AttemptRefused;
import org.cyberpolicy.quiz.attempt.InvalidResponseException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** How the rules of attempts answer on the JSON API: 400 for a bad response, 404 or 409 for a refusal. */
public class AttemptErrors {

    @ServerExceptionMapper
    public Response refused(AttemptRefused refused) {
        int status = refused.why() == AttemptRefused.Why.NOT_FOUND ? 404 : 409;
        return json(status, refused.getMessage());
    }

    @ServerExceptionMapper
    public Response invalid(InvalidResponseException invalid) {
        return json(400, invalid.getMessage());
    }

    static Response json(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiError(message)).build();
    }
}
