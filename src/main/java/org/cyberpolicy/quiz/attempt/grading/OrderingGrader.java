package org.cyberpolicy.quiz.attempt.grading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.cyberpolicy.quiz.attempt.Response;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.Scoring;
import org.cyberpolicy.quiz.quiz.PresentedQuestion;

/**
 * Partial scoring follows Moodle's "relative to the next item (excluding last)": each item but the last earns a
 * share when the item after it is the one that follows it in the correct order. Moving one item thus costs only
 * the links it breaks, where comparing positions would punish every item it shifted. All-or-nothing scoring asks
 * for the exact order.
 */
public final class OrderingGrader implements Grader<Question.Ordering> {

    @Override
    public Class<Question.Ordering> questionType() {
        return Question.Ordering.class;
    }

    @Override
    public Credit credit(PresentedQuestion presented, Question.Ordering question, Response response) {
        if (!(response instanceof Response.Order order)) {
            return Credit.NONE;
        }
        Optional<List<Integer>> ranks = ranks(presented, order, question.items().size());
        if (ranks.isEmpty()) {
            return Credit.NONE;
        }
        List<Integer> given = ranks.get();
        int links = given.size() - 1;
        if (links == 0) {
            return Credit.FULL;
        }
        long kept = IntStream.range(0, links).filter(k -> given.get(k + 1) == given.get(k) + 1).count();
        if (question.scoring() == Scoring.ALL_OR_NOTHING) {
            return Credit.fullIf(kept == links);
        }
        return new Credit(kept, links);
    }

    @Override
    public Response key(PresentedQuestion presented, Question.Ordering question) {
        return new Response.Order(IntStream.range(0, question.items().size()).mapToObj(presented::itemId).toList());
    }

    /** The correct position of each item in the student's order; empty unless it lists every item once. */
    private static Optional<List<Integer>> ranks(PresentedQuestion presented, Response.Order order, int items) {
        if (order.itemIds().size() != items) {
            return Optional.empty();
        }
        List<Integer> ranks = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (String id : order.itemIds()) {
            Optional<Integer> rank = presented.itemIndex(id);
            if (rank.isEmpty() || !seen.add(rank.get())) {
                return Optional.empty();
            }
            ranks.add(rank.get());
        }
        return Optional.of(ranks);
    }
}
