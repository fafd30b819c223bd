package org.cyberpolicy.quiz.bank;

import java.util.Optional;

/** An option of a single- or multiple-choice question; {@code feedback} explains why it is right or wrong. */
public record Choice(String id, String text, boolean correct, Optional<String> feedback) {
}
