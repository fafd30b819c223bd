package org.cyberpolicy.quiz.web.questions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.core.MultivaluedMap;

import org.cyberpolicy.quiz.engine.InvalidResponseException;
import org.cyberpolicy.quiz.engine.QuestionShape;
import org.cyberpolicy.quiz.engine.Response;
import org.cyberpolicy.quiz.engine.ResponseInput;
import org.cyberpolicy.quiz.engine.SheetQuestion;
import org.cyberpolicy.quiz.engine.kinds.DateKind;
import org.cyberpolicy.quiz.engine.kinds.NumericKind;

/**
 * Reads the fields that {@link QuestionForm} drew back into responses, one case per type. The service checks each
 * response against its question as it would one sent as JSON (ids, limits), so both go through one check and one
 * grading path. The form always carries the whole page, so a question without a value is saved as unanswered (that is
 * how a student clears a choice).
 */
public final class FormResponses {

    private FormResponses() {
    }

    /** What the form holds for every question of the page, by question id. */
    public static Map<String, ResponseInput> of(List<SheetQuestion> questions, MultivaluedMap<String, String> form) {
        Map<String, ResponseInput> inputs = new LinkedHashMap<>();
        for (SheetQuestion question : questions) {
            inputs.put(question.id(), of(form));
        }
        return inputs;
    }

    /** What the form holds for whichever question it is read against. */
    public static ResponseInput of(MultivaluedMap<String, String> form) {
        return question -> read(question, form);
    }

    /**
     * One question's response in the form; empty when it was left unanswered.
     *
     * @throws InvalidResponseException when a field holds what the question cannot take (letters in a number)
     */
    static Optional<Response> read(QuestionShape question, MultivaluedMap<String, String> form) {
        String name = QuestionForm.fieldName(question.id());
        return switch (question.type()) {
            case SINGLE -> text(form, name).map(Response.PickedChoice::new);
            case MULTIPLE -> choices(form.getOrDefault(name, List.of()));
            case TRUE_FALSE -> text(form, name).map(FormResponses::truth);
            case NUMERIC -> text(form, name).map(FormResponses::amount);
            case DATE -> text(form, name).map(value -> DateKind.parse(question, value));
            case SHORT -> text(form, name).map(Response.Text::new);
            case MATCHING -> matches(question, name, form);
            case ORDERING -> order(question, name, form);
        };
    }

    private static Optional<Response> choices(List<String> picked) {
        return picked.isEmpty() ? Optional.empty() : Optional.of(new Response.PickedChoices(Set.copyOf(picked)));
    }

    private static Response truth(String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new InvalidResponseException("This is a true/false question: choose True or False.");
        }
        return new Response.Truth(value.equals("true"));
    }

    private static Response amount(String value) {
        try {
            return new Response.Amount(new BigDecimal(value));
        } catch (NumberFormatException e) {
            throw new InvalidResponseException(NumericKind.NOT_A_NUMBER);
        }
    }

    private static Optional<Response> matches(QuestionShape question, String name,
            MultivaluedMap<String, String> form) {
        Map<String, String> rightByLeft = new HashMap<>();
        question.left().forEach(left -> text(form, name + "." + left.id())
                .ifPresent(right -> rightByLeft.put(left.id(), right)));
        return rightByLeft.isEmpty() ? Optional.empty() : Optional.of(new Response.Matches(rightByLeft));
    }

    /**
     * Items sorted by the place given to each; ties and items left without a place keep the order they were shown
     * in, after the placed ones, so any combination of selects gives a complete order.
     */
    private static Optional<Response> order(QuestionShape question, String name,
            MultivaluedMap<String, String> form) {
        record Placed(String id, int place, int shown) {
        }
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < question.items().size(); i++) {
            String id = question.items().get(i).id();
            String place = text(form, name + "." + id).orElse("");
            placed.add(new Placed(id, place.matches("\\d{1,3}") ? Integer.parseInt(place) : Integer.MAX_VALUE, i));
        }
        if (placed.stream().allMatch(p -> p.place() == Integer.MAX_VALUE)) {
            return Optional.empty();
        }
        return Optional.of(new Response.Order(placed.stream()
                .sorted(Comparator.comparingInt(Placed::place).thenComparingInt(Placed::shown)).map(Placed::id)
                .toList()));
    }

    /** A field's value, stripped; empty when the field is missing or blank. */
    private static Optional<String> text(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
