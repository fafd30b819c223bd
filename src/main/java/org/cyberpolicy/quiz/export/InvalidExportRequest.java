package org.cyberpolicy.quiz.export;

import java.util.List;

/** The filters of an export request do not make sense; nothing was exported. Carries every problem found. */
public class InvalidExportRequest extends RuntimeException {

    private final List<String> problems;

    public InvalidExportRequest(List<String> problems) {
        super("the export filters are not valid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
