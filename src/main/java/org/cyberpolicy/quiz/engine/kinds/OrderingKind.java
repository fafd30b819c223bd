package org.cyberpolicy.quiz.engine.kinds;

import static org.cyberpolicy.quiz.engine.kinds.Reading.echo;
import static org.cyberpolicy.quiz.engine.kinds.Reading.invalid;
import static org.cyberpolicy.quiz.engine.kinds.Reading.range;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.QuestionType;
import org.cyberpolicy.quiz.bank.Scoring;
import org.cyberpolicy.quiz.engine.Credit;
import org.cyberpolicy.quiz.engine.Option;
import org.cyberpolicy.quiz.engine.Parts;
import org.cyberpolicy.quiz.engine.PresentedQuestion;
import org.cyberpolicy.quiz.engine.QuestionKind;
import org.cyberpolicy.quiz.engine.QuestionShape;
import org.cyberpolicy.quiz.engine.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Ordering: the student puts every item in order, sent as an array holding each item id once
 * ({@code ["i2", "i1", "i3"]}).
 * <p>
 * Partial scoring follows Moodle's "relative to the next item (excluding last)": each item but the last earns a
 * share when the item after it is the one that follows it in the correct order. Moving one item thus costs only
 * the links it breaks, where comparing positions would punish every item it shifted. All-or-nothing scoring asks
 * for the exact order.
 */
public final class OrderingKind implements QuestionKind<Question.Ordering, Response.Order> {

    public static final OrderingKind INSTANCE = new OrderingKind();

    private OrderingKind() {
    }

    @Override
    public QuestionType type() {
        return QuestionType.ORDERING;
    }

    @Override
    public Class<Question.Ordering> questionClass() {
        return Question.Ordering.class;
    }

    @Override
    public Class<Response.Order> responseClass() {
        return Response.Order.class;
    }

    @Override
    public Parts parts(Question.Ordering question) {
        return Parts.items(question.items());
    }

    @Override
    public Response.Order read(QuestionShape question, JsonNode value) {
        String expected = "This is an ordering question: send an array of all its item ids ("
                + range(question.items()) + "), each once, in your order.";
        return check(question, new Response.Order(Reading.strings(value, expected)));
    }

    @Override
    public Response.Order check(QuestionShape question, Response.Order response) {
        List<Option> items = question.items();
        String ids = range(items);
        Set<String> seen = new LinkedHashSet<>();
        for (String id : response.itemIds()) {
            if (!Reading.names(items, id)) {
                throw invalid(echo(id) + " is not one of this question's items (" + ids + ").");
            }
            if (!seen.add(id)) {
                throw invalid("The item " + echo(id) + " is listed twice; list each of the items (" + ids
                        + ") once.");
            }
        }
        for (Option item : items) {
            if (!seen.contains(item.id())) {
                throw invalid("The item " + echo(item.id()) + " is missing; list each of the items (" + ids
                        + ") once.");
            }
        }
        return response;
    }

    @Override
    public JsonNode write(Response.Order response) {
        ArrayNode ids = JsonNodeFactory.instance.arrayNode();
        response.itemIds().forEach(ids::add);
        return ids;
    }

    @Override
    public Credit credit(PresentedQuestion presented, Question.Ordering question, Response.Order response) {
        Optional<List<Integer>> ranks = ranks(presented, response, question.items().size());
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
    public Response.Order key(PresentedQuestion presented, Question.Ordering question) {
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

    @Override
    public List<String> words(QuestionShape question, Response.Order response) {
        List<Option> items = question.items();
        return response.itemIds().stream().map(id -> Reading.text(items, id)).toList();
    }

    @Override
    public List<String> pickedChoiceIds(Response.Order response) {
        return List.of();
    }
}
