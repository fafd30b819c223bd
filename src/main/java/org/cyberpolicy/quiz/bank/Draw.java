package org.cyberpolicy.quiz.bank;

import java.util.Optional;
import java.util.Set;

/** {@code count} questions picked at random, per attempt, among those carrying all {@code tags}. */
public record Draw(Set<String> tags, Optional<Difficulty> difficulty, int count, Location location) {

    public Draw {
        tags = Set.copyOf(tags);
    }

    public boolean admits(Question question) {
        return question.info().tags().containsAll(tags)
                && difficulty.map(d -> question.info().difficulty().equals(Optional.of(d))).orElse(true);
    }
}
