package org.cyberpolicy.quiz.engine.kinds;

import static org.cyberpolicy.quiz.engine.kinds.Reading.echo;
import static org.cyberpolicy.quiz.engine.kinds.Reading.invalid;
import static org.cyberpolicy.quiz.engine.kinds.Reading.range;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.QuestionType;
import org.cyberpolicy.quiz.engine.Credit;
import org.cyberpolicy.quiz.engine.Option;
import org.cyberpolicy.quiz.engine.Parts;
import org.cyberpolicy.quiz.engine.PresentedQuestion;
import org.cyberpolicy.quiz.engine.QuestionKind;
import org.cyberpolicy.quiz.engine.QuestionShape;
import org.cyberpolicy.quiz.engine.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Matching: each left item goes with one of the right-hand options (the pairs' right sides and the distractors),
 * sent as an object from left ids to right ids ({@code {"l1": "r3"}}); rows left out are unanswered.
 * <p>
 * An equal share of the points for each left item matched with its own right side. A row left empty, matched with a
 * distractor or with another item's right side earns nothing for that row. The same right option may be picked for
 * several rows, as in a drop-down per row; it can only be right for one of them.
 */
public final class MatchingKind implements QuestionKind<Question.Matching, Response.Matches> {

    public static final MatchingKind INSTANCE = new MatchingKind();

    private MatchingKind() {
    }

    @Override
    public QuestionType type() {
        return QuestionType.MATCHING;
    }

    @Override
    public Class<Question.Matching> questionClass() {
        return Question.Matching.class;
    }

    @Override
    public Class<Response.Matches> responseClass() {
        return Response.Matches.class;
    }

    @Override
    public Parts parts(Question.Matching question) {
        return Parts.pairs(question.pairs(), question.distractors());
    }

    @Override
    public Response.Matches read(QuestionShape question, JsonNode value) {
        List<Option> lefts = question.left();
        List<Option> rights = question.right();
        if (!value.isObject()) {
            throw invalid("This is a matching question: send an object that maps left item ids (" + range(lefts)
                    + ") to right option ids (" + range(rights) + ").");
        }
        Map<String, String> rightByLeft = new HashMap<>();
        for (Map.Entry<String, JsonNode> row : value.properties()) {
            String left = row.getKey();
            requireLeft(lefts, left);
            JsonNode right = row.getValue();
            if (right.isNull()) {
                continue;
            }
            if (!right.isTextual()) {
                throw invalid("The match for " + echo(left) + " must be a right option id (" + range(rights)
                        + ") as a string, or null to leave it empty.");
            }
            requireRight(rights, right.textValue());
            rightByLeft.put(left, right.textValue());
        }
        return new Response.Matches(rightByLeft);
    }

    @Override
    public Response.Matches check(QuestionShape question, Response.Matches response) {
        List<Option> lefts = question.left();
        List<Option> rights = question.right();
        response.rightByLeft().entrySet().stream().sorted(Map.Entry.comparingByKey(Reading.DISPLAY_ORDER))
                .forEach(row -> {
                    requireLeft(lefts, row.getKey());
                    requireRight(rights, row.getValue());
                });
        return response;
    }

    private static void requireLeft(List<Option> lefts, String left) {
        if (!Reading.names(lefts, left)) {
            throw invalid(echo(left) + " is not one of this question's left items (" + range(lefts) + ").");
        }
    }

    private static void requireRight(List<Option> rights, String right) {
        if (!Reading.names(rights, right)) {
            throw invalid(echo(right) + " is not one of this question's right options (" + range(rights) + ").");
        }
    }

    @Override
    public JsonNode write(Response.Matches response) {
        ObjectNode rows = JsonNodeFactory.instance.objectNode();
        response.rightByLeft().entrySet().stream().sorted(Map.Entry.comparingByKey(Reading.DISPLAY_ORDER))
                .forEach(row -> rows.put(row.getKey(), row.getValue()));
        return rows;
    }

    @Override
    public Credit credit(PresentedQuestion presented, Question.Matching question, Response.Matches response) {
        if (question.pairs().isEmpty()) {
            return Credit.NONE;
        }
        long matched = 0;
        for (Map.Entry<String, String> row : response.rightByLeft().entrySet()) {
            Optional<Integer> pair = presented.pairIndex(row.getKey());
            Optional<Integer> right = presented.rightIndex(row.getValue());
            if (pair.isEmpty() || right.isEmpty()) {
                return Credit.NONE;
            }
            // The rights start with the pairs' right sides, in the pairs' order (see Parts).
            if (pair.get().equals(right.get())) {
                matched++;
            }
        }
        return new Credit(matched, question.pairs().size());
    }

    @Override
    public Response.Matches key(PresentedQuestion presented, Question.Matching question) {
        Map<String, String> rightByLeft = new LinkedHashMap<>();
        for (int pair = 0; pair < question.pairs().size(); pair++) {
            rightByLeft.put(presented.leftId(pair), presented.rightId(pair));
        }
        return new Response.Matches(rightByLeft);
    }

    @Override
    public List<String> words(QuestionShape question, Response.Matches response) {
        List<Option> rights = question.right();
        return question.left().stream().map(left -> left.text() + " \u2192 "
                + Optional.ofNullable(response.rightByLeft().get(left.id()))
                        .map(right -> Reading.text(rights, right)).orElse("(no answer)"))
                .toList();
    }

    @Override
    public List<String> pickedChoiceIds(Response.Matches response) {
        return List.of();
    }
}
