package org.cyberpolicy.quiz.engine;

import java.util.List;

import org.cyberpolicy.quiz.bank.Source;

/** A fact as it stood when an attempt began, with the sources it cited: what the review shows under a question. */
public record FrozenFact(String id, String statement, List<Source> sources) {

    public FrozenFact {
        sources = List.copyOf(sources);
    }
}
