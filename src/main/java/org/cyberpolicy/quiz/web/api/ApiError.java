package org.cyberpolicy.quiz.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The body of every 4xx answer of the JSON API: a message for people, and details where there are several. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(String error, List<String> problems) {

    public static ApiError of(String message) {
        return new ApiError(message, List.of());
    }
}
