package org.cyberpolicy.quiz.results;

/**
 * How often one bank choice was shown and picked, across attempts whatever order they showed the choices in.
 */
public record ChoiceCount(String choiceId, int offered, int picked) {

    /** Picks as a percentage of the attempts that showed the choice. */
    public double pickedPercent() {
        return offered == 0 ? 0 : 100.0 * picked / offered;
    }
}
