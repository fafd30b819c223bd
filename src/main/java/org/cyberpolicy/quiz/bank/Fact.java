package org.cyberpolicy.quiz.bank;

import java.util.List;
import java.util.Optional;

/** One checkable statement, reported by at least one source; questions test facts, not wordings. */
public record Fact(String id, String statement, Optional<FactValue> value, List<String> aliases,
        List<String> sourceIds, Location location) {

    public Fact {
        aliases = List.copyOf(aliases);
        sourceIds = List.copyOf(sourceIds);
    }
}
