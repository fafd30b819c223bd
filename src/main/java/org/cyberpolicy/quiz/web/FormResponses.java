package org.cyberpolicy.quiz.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import org.cyberpolicy.quiz.attempt.AttemptSheet;
import org.cyberpolicy.quiz.attempt.SheetQuestion;
import org.cyberpolicy.quiz.bank.QuestionType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the attempt page's form into the same JSON responses the API takes, so that both go through one validation
 * and one grading path. The form always carries the whole page, so a question without a value is saved as
 * unanswered (that is how a student clears a choice).
 */
final class FormResponses {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private FormResponses() {
    }

    static Map<String, JsonNode> read(AttemptSheet sheet, MultivaluedMap<String, String> form) {
        Map<String, JsonNode> responses = new LinkedHashMap<>();
        for (SheetQuestion question : sheet.questions()) {
            responses.put(question.id(), read(question, form));
        }
        return responses;
    }

    /** One question's value in the form; JSON null when it was left unanswered. */
    static JsonNode read(SheetQuestion question, MultivaluedMap<String, String> form) {
        String name = QuestionForm.PREFIX + question.id();
        QuestionType type = question.type();
        if (type == QuestionType.MULTIPLE) {
            List<String> picked = form.getOrDefault(name, List.of());
            ArrayNode ids = JSON.arrayNode();
            picked.forEach(ids::add);
            return picked.isEmpty() ? NullNode.instance : ids;
        }
        if (type == QuestionType.MATCHING) {
            ObjectNode matches = JSON.objectNode();
            question.left().forEach(left -> {
                String right = text(form, name + "." + left.id());
                if (!right.isEmpty()) {
                    matches.put(left.id(), right);
                }
            });
            return matches.isEmpty() ? NullNode.instance : matches;
        }
        if (type == QuestionType.ORDERING) {
            return order(question, name, form);
        }
        String value = text(form, name);
        if (value.isEmpty()) {
            return NullNode.instance;
        }
        if (type == QuestionType.TRUE_FALSE) {
            // Anything but the two radio values is passed on as text, for the codec to refuse with its message.
            return value.equals("true") || value.equals("false") ? JSON.booleanNode(value.equals("true"))
                    : JSON.textNode(value);
        }
        if (type == QuestionType.NUMERIC) {
            // Text that is not a number goes on as text, for the codec to refuse with its message.
            try {
                return JSON.numberNode(new BigDecimal(value));
            } catch (NumberFormatException e) {
                return JSON.textNode(value);
            }
        }
        return JSON.textNode(value);
    }

    /**
     * Items sorted by the place given to each; ties and items left without a place keep the order they were shown
     * in, after the placed ones, so any combination of selects gives a complete order.
     */
    private static JsonNode order(SheetQuestion question, String name, MultivaluedMap<String, String> form) {
        record Placed(String id, int place, int shown) {
        }
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < question.items().size(); i++) {
            String id = question.items().get(i).id();
            String place = text(form, name + "." + id);
            placed.add(new Placed(id, place.matches("\\d{1,3}") ? Integer.parseInt(place) : Integer.MAX_VALUE, i));
        }
        if (placed.stream().allMatch(p -> p.place() == Integer.MAX_VALUE)) {
            return NullNode.instance;
        }
        ArrayNode ids = JSON.arrayNode();
        placed.stream().sorted(Comparator.comparingInt(Placed::place).thenComparingInt(Placed::shown))
                .forEach(p -> ids.add(p.id()));
        return ids;
    }

    private static String text(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }
}
