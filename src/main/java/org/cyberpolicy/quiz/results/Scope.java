package org.cyberpolicy.quiz.results;

import java.util.Optional;

/** Which graded attempts an item analysis covers: each student's first, or all of them. */
public enum Scope {
    FIRST("first"), ALL("all");

    private final String parameter;

    Scope(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<Scope> named(String name) {
        for (Scope scope : values()) {
            if (scope.parameter.equals(name)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
