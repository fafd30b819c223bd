package org.cyberpolicy.quiz.web.errors;

import java.util.List;

/**
 * An error as people are told it: the status, a title, what happened in a plain sentence (with each problem when
 * there are several), and a way back from it.
 */
public record ErrorReply(int status, String title, String message, List<String> problems, String backHref,
        String backLabel) {

    public ErrorReply {
        problems = List.copyOf(problems);
    }
}
