package org.cyberpolicy.quiz.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The questions a teacher should look at. The thresholds follow the bands Moodle's documentation gives for reading
 * its statistics: facility outside 10–90%, a discrimination index below zero (the question favours weaker students)
 * or below 20 (it hardly separates anyone), and a wrong choice that no student picked (it distracts nobody).
 */
public final class ItemFlags {

    public static final double HARD_BELOW = 10;
    public static final double EASY_ABOVE = 90;
    public static final double LOW_DISCRIMINATION_BELOW = 20;

    private ItemFlags() {
    }

    /**
     * @param choices the question's bank choices (empty for a question without choices)
     */
    public static List<Flag> of(QuestionStatistics question, List<ChoiceInfo> choices) {
        List<Flag> flags = new ArrayList<>();
        if (question.facility() < HARD_BELOW) {
            flags.add(new Flag(Flag.Kind.TOO_HARD, "Very hard: facility " + percent(question.facility())
                    + ", below " + percent(HARD_BELOW) + "."));
        }
        if (question.facility() > EASY_ABOVE) {
            flags.add(new Flag(Flag.Kind.TOO_EASY, "Very easy: facility " + percent(question.facility())
                    + ", above " + percent(EASY_ABOVE) + "."));
        }
        if (question.discrimination().isPresent()) {
            double d = question.discrimination().getAsDouble();
            if (d < 0) {
                flags.add(new Flag(Flag.Kind.NEGATIVE_DISCRIMINATION, "Negative discrimination ("
                        + number(d) + "): students who did worse on the rest of the test did better here."));
            } else if (d < LOW_DISCRIMINATION_BELOW) {
                flags.add(new Flag(Flag.Kind.LOW_DISCRIMINATION, "Low discrimination (" + number(d)
                        + ", below " + number(LOW_DISCRIMINATION_BELOW) + "): it hardly separates stronger from"
                        + " weaker students."));
            }
        }
        Map<String, ChoiceCount> counts = question.choices().stream()
                .collect(Collectors.toMap(ChoiceCount::choiceId, Function.identity()));
        for (ChoiceInfo choice : choices) {
            ChoiceCount count = counts.get(choice.id());
            if (!choice.correct() && count != null && count.offered() > 0 && count.picked() == 0) {
                flags.add(new Flag(Flag.Kind.UNUSED_DISTRACTOR, "Nobody picked the wrong choice \u201c"
                        + choice.text() + "\u201d (shown " + count.offered() + (count.offered() == 1 ? " time" : " times")
                        + ")."));
            }
        }
        return List.copyOf(flags);
    }

    private static String percent(double value) {
        return number(value) + "%";
    }

    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
