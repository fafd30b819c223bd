package org.cyberpolicy.quiz.engine;

import java.util.List;

import org.cyberpolicy.quiz.bank.Bank;

/**
 * Everything an attempt needs to show, grade and review one question, copied from the bank when the attempt
 * starts: text, choices, answer key, points, the layout the student saw, and the facts with their sources. Later edits
 * of the bank never change it, so a recorded result stays what it was.
 */
public record FrozenQuestion(PresentedQuestion presented, List<FrozenFact> facts) {

    public FrozenQuestion {
        facts = List.copyOf(facts);
    }

    public static FrozenQuestion of(PresentedQuestion presented, Bank bank) {
        List<FrozenFact> facts = bank.factsOf(presented.question()).stream()
                .map(fact -> new FrozenFact(fact.id(), fact.statement(),
                        fact.sourceIds().stream().map(bank.sources()::get).toList()))
                .toList();
        return new FrozenQuestion(presented, facts);
    }
}
