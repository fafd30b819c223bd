package org.cyberpolicy.quiz.bank;

import java.util.List;

/**
 * A named set of values of one sort (agencies, countries, people): where the wrong options of questions generated
 * from facts of that kind come from. See {@code docs/bank-format.md}.
 */
public record Kind(String id, List<String> values, Location location) {

    public Kind {
        values = List.copyOf(values);
    }
}
