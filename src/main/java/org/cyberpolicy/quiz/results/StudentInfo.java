package org.cyberpolicy.quiz.results;

import java.util.Optional;

/** Whose attempts a student page lists. */
public record StudentInfo(long accountId, String username, String displayName, Optional<String> studentNumber,
        String role) {
}
