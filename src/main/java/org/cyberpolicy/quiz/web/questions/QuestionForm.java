package org.cyberpolicy.quiz.web.questions;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.cyberpolicy.quiz.bank.PartialDate;
import org.cyberpolicy.quiz.engine.Response;
import org.cyberpolicy.quiz.engine.SheetQuestion;

/**
 * One question of the attempt page or the training page as form controls, with the saved response filled in. Built
 * from a {@link SheetQuestion}, so it holds nothing of the answer key. Which controls a type gets is decided in
 * {@link #of}, by a switch over every type; {@code tags/questionFields.html} draws each {@link Control}, and
 * {@link FormResponses} reads the fields back.
 *
 * @param control    which kind of controls: see {@link Control}
 * @param name       the form field (or, for matching and ordering, the prefix of one field per row)
 * @param options    radio buttons or check boxes of a choice question
 * @param value      the text of a number, date or short-answer field
 * @param inputType  the HTML input type of that field
 * @param hint       how to write the answer, for the field's description
 * @param rows       matching: one per left item; ordering: one per item
 * @param error      why the value last sent was refused; empty when it was not
 */
public record QuestionForm(int position, String id, String type, String typeLabel, String prompt, String points,
        String control, String name, List<Field> options, Optional<Boolean> truth, String value, String inputType,
        String hint, List<Row> rows, String error) {

    /** The controls of a question, as the template names them. */
    public enum Control {
        /** A radio button or a check box per choice. */
        CHOICES,
        /** Two radio buttons, True and False. */
        TRUTH,
        /** A label and a select per row. */
        ROWS,
        /** One input: a number, a date, a month or a line of text. */
        FIELD;

        String templateName() {
            return name().toLowerCase();
        }
    }

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

    /** The field of a question in the form: {@code r-<question id>}. */
    static String fieldName(String questionId) {
        return PREFIX + questionId;
    }

    /** The controls of a question, with its saved response filled in. */
    public static QuestionForm of(SheetQuestion q) {
        String name = fieldName(q.id());
        Optional<Response> saved = q.saved();
        Builder form = switch (q.type()) {
            case SINGLE -> choices(q, name, "radio", "Pick one.");
            case MULTIPLE -> choices(q, name, "checkbox", "Pick every answer that applies.");
            case TRUE_FALSE -> new Builder(Control.TRUTH, "Is this statement true or false?")
                    .truth(saved.map(r -> ((Response.Truth) r).value()));
            case NUMERIC -> new Builder(Control.FIELD, "A number.").input("number",
                    saved.map(r -> ((Response.Amount) r).value().toPlainString()));
            case DATE -> date(q);
            case SHORT -> new Builder(Control.FIELD, "A few words; capitals and punctuation do not matter.")
                    .input("text", saved.map(r -> ((Response.Text) r).value()));
            case MATCHING -> new Builder(Control.ROWS, "Choose the match of each item.").rows(q.left().stream()
                    .map(left -> new Row(left.id(), left.text(), name + "." + left.id(), name + "-" + left.id(),
                            "Choose…", q.right().stream().map(right -> Field.option(right.id(), right.text(),
                                    matched(saved, left.id(), right.id()))).toList()))
                    .toList());
            case ORDERING -> new Builder(Control.ROWS, "Give each item its place, 1 for the first.")
                    .rows(orderingRows(q, name, saved));
        };
        return new QuestionForm(q.position(), q.id(), q.type().yamlName(), q.type().label(), q.prompt(),
                q.points().stripTrailingZeros().toPlainString(), form.control.templateName(), name, form.options,
                form.truth, form.value, form.inputType, form.hint, form.rows, "");
    }

    public QuestionForm withError(String message) {
        return new QuestionForm(position, id, type, typeLabel, prompt, points, control, name, options, truth, value,
                inputType, hint, rows, message);
    }

    public boolean hasError() {
        return !error.isEmpty();
    }

    public boolean isTrue() {
        return truth.orElse(false);
    }

    public boolean isFalse() {
        return truth.map(t -> !t).orElse(false);
    }

    /** What one type's case of {@link #of} fills in; the rest keeps its empty default. */
    private static final class Builder {
        private final Control control;
        private final String hint;
        private List<Field> options = List.of();
        private Optional<Boolean> truth = Optional.empty();
        private String value = "";
        private String inputType = "text";
        private List<Row> rows = List.of();

        Builder(Control control, String hint) {
            this.control = control;
            this.hint = hint;
        }

        Builder options(List<Field> options) {
            this.options = options;
            return this;
        }

        Builder truth(Optional<Boolean> truth) {
            this.truth = truth;
            return this;
        }

        Builder input(String inputType, Optional<String> value) {
            this.inputType = inputType;
            this.value = value.orElse("");
            return this;
        }

        Builder rows(List<Row> rows) {
            this.rows = rows;
            return this;
        }
    }

    private static Builder choices(SheetQuestion q, String name, String control, String hint) {
        return new Builder(Control.CHOICES, hint).options(q.choices().stream()
                .map(o -> new Field(name, control, o.id(), o.text(), picked(q.saved(), o.id()))).toList());
    }

    private static Builder date(SheetQuestion q) {
        PartialDate.Precision precision = q.datePrecision().orElse(PartialDate.Precision.DAY);
        String hint = switch (precision) {
            case DAY -> "A full date, as YYYY-MM-DD.";
            case MONTH -> "A month and year, as YYYY-MM.";
            case YEAR -> "A year, as YYYY.";
        };
        String inputType = switch (precision) {
            case DAY -> "date";
            case MONTH -> "month";
            case YEAR -> "number";
        };
        return new Builder(Control.FIELD, hint).input(inputType,
                q.saved().map(r -> ((Response.DateGiven) r).value().toString()));
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
}
