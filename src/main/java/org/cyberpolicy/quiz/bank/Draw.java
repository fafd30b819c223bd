package org.cyberpolicy.quiz.bank;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * {@code count} questions picked at random, per attempt, among those carrying all {@code tags}; {@code generated}
 * says whether questions generated from facts are among them.
 */
public record Draw(Set<String> tags, Optional<Difficulty> difficulty, int count, Location location,
        Generated generated) {

    /** Whether a draw takes questions generated from facts: with the hand-written ones, only them, or never. */
    public enum Generated {
        INCLUDE, ONLY, EXCLUDE;

        public String yamlName() {
            return name().toLowerCase();
        }

        public static Optional<Generated> fromYaml(String name) {
            return Arrays.stream(values()).filter(g -> g.yamlName().equals(name)).findFirst();
        }
    }

    public Draw {
        tags = Set.copyOf(tags);
    }

    /** A draw that takes generated questions as well as hand-written ones (the default). */
    public Draw(Set<String> tags, Optional<Difficulty> difficulty, int count, Location location) {
        this(tags, difficulty, count, location, Generated.INCLUDE);
    }

    public boolean admits(Question question) {
        boolean generatedOne = question.info().generated();
        boolean byOrigin = switch (generated) {
            case INCLUDE -> true;
            case ONLY -> generatedOne;
            case EXCLUDE -> !generatedOne;
        };
        return byOrigin && question.info().tags().containsAll(tags)
                && difficulty.map(d -> question.info().difficulty().equals(Optional.of(d))).orElse(true);
    }
}
