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
     * right-hand options of a matching question and the items of an ordering question always, since in bank order
     * they would give the answer away.
     */
    public static Layout of(Question question, boolean shuffle, Random random) {
        Parts parts = QuestionKinds.parts(question);
        if (!parts.pairs().isEmpty()) {
            return new Layout(order(parts.pairs().size(), shuffle, random), scrambled(parts.rights().size(), random));
        }
        if (!parts.items().isEmpty()) {
            return new Layout(scrambled(parts.items().size(), random), List.of());
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

    /** A shuffled order that is never the original one, which would show the answer as the question. */
    private static List<Integer> scrambled(int size, Random random) {
        List<Integer> order = order(size, true, random);
        if (size > 1 && IntStream.range(0, size).allMatch(i -> order.get(i) == i)) {
            Collections.rotate(order, 1);
        }
        return order;
    }
}
