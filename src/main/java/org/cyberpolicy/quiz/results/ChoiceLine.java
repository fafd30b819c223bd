package org.cyberpolicy.quiz.results;

/** A bank choice with how often it was shown and picked, for the analysis table. */
public record ChoiceLine(String text, boolean correct, int offered, int picked, double pickedPercent) {
}
