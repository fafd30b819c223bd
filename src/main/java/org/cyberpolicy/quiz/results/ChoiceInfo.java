package org.cyberpolicy.quiz.results;

/** A bank choice, as the flags need it: whether it is a correct one, and what it says. */
public record ChoiceInfo(String id, String text, boolean correct) {
}
