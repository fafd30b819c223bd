package org.cyberpolicy.quiz.web.api;

import java.util.List;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON body of every API error: what went wrong, and for invalid input each problem found. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(String error, List<String> problems) {

    public ApiError(String error) {
        this(error, List.of());
    }

    public ApiError {
        problems = List.copyOf(problems);
    }

    public Response toResponse(Response.Status status) {
        return Response.status(status).entity(this).type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE).build();
    }
}
