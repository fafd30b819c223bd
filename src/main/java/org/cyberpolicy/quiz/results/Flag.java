package org.cyberpolicy.quiz.results;

/** Something about a question a teacher should look at, and why. */
public record Flag(Kind kind, String message) {

    public enum Kind {
        TOO_HARD, TOO_EASY, NEGATIVE_DISCRIMINATION, LOW_DISCRIMINATION, UNUSED_DISTRACTOR
    }
}
