package org.cyberpolicy.quiz.web;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.cyberpolicy.quiz.attempt.Response;
import org.cyberpolicy.quiz.attempt.SheetQuestion;
import org.cyberpolicy.quiz.bank.PartialDate;
import org.cyberpolicy.quiz.bank.QuestionType;

/**
 * One question of the attempt page as form controls, with the saved response filled in. Built from a
 * {@link SheetQuestion}, so it holds nothing of the answer key.
 *
 * @param name       the form field (or, for matching and ordering, the prefix of one field per row)
 * @param options    radio buttons or check boxes of a choice question
 * @param value      the text of a number, date or short-answer field
 * @param inputType  the HTML input type of that field
 * @param hint       how to write the answer, for the field's description
 * @param rows       matching: one per left item; ordering: one per item
 * @param error      why the value last sent was refused; empty when it was not
 */
public record QuestionForm(int position, String id, String type, String typeLabel, String prompt, String points,
        String name, List<Field> options, Optional<Boolean> truth, String value, String inputType, String hint,
        List<Row> rows, String error) {

    /*
     * Each record below carries everything its loop in tags/questionFields.html shows. An expression inside a Qute
     * loop that names an outer variable is looked up in every enclosing scope, through every value resolver, on every
     * iteration: with twenty questions that was the largest cost of rendering the attempt page.
     */

    /**
     * A radio button, check box or select option.
     *
     * @param name    the form field (empty for a select option, whose select has the name)
     * @param control the input type: "radio", "checkbox", or empty for a select option
     */
    public record Field(String name, String control, String value, String text, boolean selected) {

        static Field option(String value, String text, boolean selected) {
            return new Field("", "", value, text, selected);
        }
    }

    /**
     * A row of a matching or ordering question: a label and a select.
     *
     * @param inputId     the select's HTML id, for its label
     * @param placeholder the text of the select's empty first option
     */
    public record Row(String id, String text, String name, String inputId, String placeholder, List<Field> options) {
    }

    public static final String PREFIX = "r-";

    static QuestionForm of(SheetQuestion q) {
        String name = PREFIX + q.id();
        Optional<Response> saved = q.saved();
        List<Field> options = List.of();
        List<Row> rows = List.of();
        String value = "";
        String inputType = "text";
        String hint = "";
        QuestionType type = q.type();
        if (type == QuestionType.SINGLE || type == QuestionType.MULTIPLE) {
            String control = type == QuestionType.MULTIPLE ? "checkbox" : "radio";
            options = q.choices().stream()
                    .map(o -> new Field(name, control, o.id(), o.text(), picked(saved, o.id()))).toList();
            hint = type == QuestionType.SINGLE ? "Pick one." : "Pick every answer that applies.";
        } else if (type == QuestionType.NUMERIC) {
            inputType = "number";
            value = saved.map(r -> ((Response.Amount) r).value().toPlainString()).orElse("");
            hint = "A number.";
        } else if (type == QuestionType.DATE) {
            PartialDate.Precision precision = q.datePrecision().orElse(PartialDate.Precision.DAY);
            inputType = switch (precision) {
                case DAY -> "date";
                case MONTH -> "month";
                case YEAR -> "number";
            };
            hint = switch (precision) {
                case DAY -> "A full date, as YYYY-MM-DD.";
                case MONTH -> "A month and year, as YYYY-MM.";
                case YEAR -> "A year, as YYYY.";
            };
            value = saved.map(r -> ((Response.DateGiven) r).value().toString()).orElse("");
        } else if (type == QuestionType.SHORT) {
            value = saved.map(r -> ((Response.Text) r).value()).orElse("");
            hint = "A few words; capitals and punctuation do not matter.";
        } else if (type == QuestionType.MATCHING) {
            rows = q.left().stream().map(left -> new Row(left.id(), left.text(), name + "." + left.id(),
                    name + "-" + left.id(), "Choose…", q.right().stream().map(right -> Field.option(right.id(),
                            right.text(), matched(saved, left.id(), right.id()))).toList())).toList();
            hint = "Choose the match of each item.";
        } else if (type == QuestionType.ORDERING) {
            rows = orderingRows(q, name, saved);
            hint = "Give each item its place, 1 for the first.";
        }
        return new QuestionForm(q.position(), q.id(), type.yamlName(), type.label(), q.prompt(),
                q.points().stripTrailingZeros().toPlainString(), name, options,
                saved.filter(Response.Truth.class::isInstance).map(r -> ((Response.Truth) r).value()), value,
                inputType, hint, rows, "");
    }

    QuestionForm withError(String message) {
        return new QuestionForm(position, id, type, typeLabel, prompt, points, name, options, truth, value,
                inputType, hint, rows, message);
    }

    public boolean hasError() {
        return !error.isEmpty();
    }

    private static List<Row> orderingRows(SheetQuestion q, String name, Optional<Response> saved) {
        List<String> order = saved.map(r -> ((Response.Order) r).itemIds()).orElse(List.of());
        int size = q.items().size();
        return q.items().stream().map(item -> {
            int place = order.indexOf(item.id()) + 1;
            List<Field> places = IntStream.rangeClosed(1, size)
                    .mapToObj(p -> Field.option(String.valueOf(p), String.valueOf(p), p == place)).toList();
            return new Row(item.id(), item.text(), name + "." + item.id(), name + "-" + item.id(), "Place…",
                    places);
        }).toList();
    }

    private static boolean picked(Optional<Response> saved, String id) {
        return saved.map(r -> r instanceof Response.PickedChoice one ? one.choiceId().equals(id)
                : r instanceof Response.PickedChoices many && many.choiceIds().contains(id)).orElse(false);
    }

    private static boolean matched(Optional<Response> saved, String leftId, String rightId) {
        return saved.map(r -> r instanceof Response.Matches m && rightId.equals(m.rightByLeft().get(leftId)))
                .orElse(false);
    }

    public boolean multiple() {
        return "multiple".equals(type);
    }

    public boolean isTrue() {
        return truth.orElse(false);
    }

    public boolean isFalse() {
        return truth.map(t -> !t).orElse(false);
    }
}
