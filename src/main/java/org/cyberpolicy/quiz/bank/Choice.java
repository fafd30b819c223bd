package org.cyberpolicy.quiz.bank;

import java.util.Optional;

/** An option of a single- or multiple-choice question; {@code feedback} explains why it is right or wrong. */
public record Choice(String id, String text, boolean correct, Optional<String> feedback) {

    /** a, b, … z, then aa, ab…: the letters students see beside the choices, and the ids of choices given none. */
    public static String defaultId(int index) {
        String letter = String.valueOf((char) ('a' + index % 26));
        return index < 26 ? letter : defaultId(index / 26 - 1) + letter;
    }
}
