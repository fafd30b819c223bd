package org.cyberpolicy.quiz.engine;

import java.util.ArrayList;
import java.util.List;

import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.MatchPair;

/**
 * The parts of a bank question that an attempt shows in an order of its own, as each {@link QuestionKind} declares
 * them: the choices of a choice question, the pairs of a matching question with its right-hand options, or the items
 * of an ordering question. At most one of {@code choices}, {@code pairs} and {@code items} holds anything; a question
 * whose answer is typed has no parts ({@link #NONE}).
 *
 * @param rights the right-hand options of a matching question: the pairs' right sides, then the distractors
 */
public record Parts(List<Choice> choices, List<MatchPair> pairs, List<String> rights, List<String> items) {

    public static final Parts NONE = new Parts(List.of(), List.of(), List.of(), List.of());

    public Parts {
        choices = List.copyOf(choices);
        pairs = List.copyOf(pairs);
        rights = List.copyOf(rights);
        items = List.copyOf(items);
    }

    public static Parts choices(List<Choice> choices) {
        return new Parts(choices, List.of(), List.of(), List.of());
    }

    public static Parts pairs(List<MatchPair> pairs, List<String> distractors) {
        List<String> rights = new ArrayList<>(pairs.stream().map(MatchPair::right).toList());
        rights.addAll(distractors);
        return new Parts(List.of(), pairs, rights, List.of());
    }

    public static Parts items(List<String> items) {
        return new Parts(List.of(), List.of(), List.of(), items);
    }

    /** How many parts {@link Layout#order} puts in display order: choices, pairs or items. */
    int ordered() {
        return choices.size() + pairs.size() + items.size();
    }
}
