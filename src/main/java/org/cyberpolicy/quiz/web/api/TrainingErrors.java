package org.cyberpolicy.quiz.web.api;

import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.training.TrainingRefused;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** How training refusals answer on the JSON API: 404 for an unknown token, 409 for a conflict, 400 for bad input. */
public class TrainingErrors {

    @ServerExceptionMapper
    public Response refused(TrainingRefused refused) {
        int status = switch (refused.why()) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case INVALID -> 400;
        };
        return AttemptErrors.json(status, refused.getMessage());
    }
}
