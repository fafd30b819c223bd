package org.cyberpolicy.quiz.attempt.grading;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.cyberpolicy.quiz.attempt.Response;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.quiz.PresentedQuestion;

/**
 * An equal share of the points for each left item matched with its own right side. A row left empty, matched with a
 * distractor or with another item's right side earns nothing for that row. The same right option may be picked for
 * several rows, as in a drop-down per row; it can only be right for one of them.
 */
public final class MatchingGrader implements Grader<Question.Matching> {

    @Override
    public Class<Question.Matching> questionType() {
        return Question.Matching.class;
    }

    @Override
    public Credit credit(PresentedQuestion presented, Question.Matching question, Response response) {
        if (!(response instanceof Response.Matches matches) || question.pairs().isEmpty()) {
            return Credit.NONE;
        }
        long matched = 0;
        for (Map.Entry<String, String> row : matches.rightByLeft().entrySet()) {
            Optional<Integer> pair = presented.pairIndex(row.getKey());
            Optional<Integer> right = presented.rightIndex(row.getValue());
            if (pair.isEmpty() || right.isEmpty()) {
                return Credit.NONE;
            }
            // rights() starts with the pairs' right sides, in the pairs' order.
            if (pair.get().equals(right.get())) {
                matched++;
            }
        }
        return new Credit(matched, question.pairs().size());
    }

    @Override
    public Response key(PresentedQuestion presented, Question.Matching question) {
        Map<String, String> rightByLeft = new LinkedHashMap<>();
        for (int pair = 0; pair < question.pairs().size(); pair++) {
            rightByLeft.put(presented.leftId(pair), presented.rightId(pair));
        }
        return new Response.Matches(rightByLeft);
    }
}
