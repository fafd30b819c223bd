package org.cyberpolicy.quiz.engine;

import java.util.List;

/**
 * The order in which an attempt shows the parts of one question, as indices into the bank question's lists.
 *
 * @param order      choices of a single or multiple choice question, left items (pairs) of a matching question, or
 *                   items of an ordering question, in display order; empty for the other types
 * @param rightOrder the right-hand options of a matching question (the pairs' right sides, then the distractors),
 *                   in display order; empty for the other types
 */
public record Layout(List<Integer> order, List<Integer> rightOrder) {

    public static final Layout NONE = new Layout(List.of(), List.of());

    public Layout {
        order = List.copyOf(order);
        rightOrder = List.copyOf(rightOrder);
    }
}
