package org.cyberpolicy.quiz.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.cyberpolicy.quiz.bank.Question;

/**
 * The order in which a question's parts are shown, drawn from a random source: the same source gives the same
 * layout, so an attempt rebuilt from its seed shows what it showed before.
 */
public final class Layouts {

    private Layouts() {
    }

    /**
     * A layout of the question's {@link Parts}: choices and left items shuffled when {@code shuffle} says so; the
     * right-hand options of a matching question and the items of an ordering question always, since the bank writes
     * them in the answer's order.
     * <p>
     * Every shuffle is uniform: each order is as likely as any other, the bank's own order included. Leaving an order
     * out would itself tell something of the answer: two ordering items never shown in their right order are always
     * shown reversed, and a right-hand column that never lines up with the left one rules that answer out (with two
     * pairs and no distractor, it gives the answer). So the order shown says nothing about the answer. The validator
     * requires three items or more of an ordering question (docs/bank-format.md), so that the right order comes up by
     * chance one time in six at most.
     */
    public static Layout of(Question question, boolean shuffle, Random random) {
        Parts parts = QuestionKinds.parts(question);
        if (!parts.pairs().isEmpty()) {
            return new Layout(order(parts.pairs().size(), shuffle, random), order(parts.rights().size(), true, random));
        }
        if (!parts.items().isEmpty()) {
            return new Layout(order(parts.items().size(), true, random), List.of());
        }
        if (!parts.choices().isEmpty()) {
            return new Layout(order(parts.choices().size(), shuffle, random), List.of());
        }
        return Layout.NONE;
    }

    /**
     * One question on its own, with its parts in a random order, as a training session asks it: shuffled as a quiz
     * that shuffles its choices would.
     */
    public static PresentedQuestion present(Question question, Random random) {
        return new PresentedQuestion(question, of(question, true, random));
    }

    private static List<Integer> order(int size, boolean shuffle, Random random) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, size).boxed().toList());
        if (shuffle) {
            Collections.shuffle(order, random);
        }
        return order;
    }
}
