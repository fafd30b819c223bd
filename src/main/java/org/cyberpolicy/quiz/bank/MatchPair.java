package org.cyberpolicy.quiz.bank;

/** A left-hand item and the right-hand option it belongs with. */
public record MatchPair(String left, String right) {
}
