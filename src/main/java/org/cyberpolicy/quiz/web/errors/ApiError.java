package org.cyberpolicy.quiz.web.errors;

import java.util.List;

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
}
