package org.cyberpolicy.quiz.export;

import java.util.Locale;
import java.util.Optional;

/** Whether an export counts practice attempts ({@code attempt.practice}): {@code ?practice=include|exclude|only}. */
public enum PracticeAttempts {
    INCLUDE, EXCLUDE, ONLY;

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<PracticeAttempts> parse(String value) {
        for (PracticeAttempts option : values()) {
            if (option.parameter().equals(value)) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }

    /** Whether an attempt with this practice flag is exported. */
    public boolean admits(boolean practice) {
        return this == INCLUDE || (this == ONLY) == practice;
    }
}
