package org.cyberpolicy.quiz.bank.load;

import java.time.DateTimeException;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.PartialDate;
import org.cyberpolicy.quiz.bank.yaml.YamlNode;

/** Reads the dates of the bank format: YYYY-MM-DD, YYYY-MM, or a year. */
final class Dates {

    private Dates() {
    }

    static Optional<PartialDate> read(YamlNode node, String what, Problems problems) {
        if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            try {
                Optional<PartialDate> date = PartialDate.parse(scalar.text());
                if (date.isEmpty()) {
                    problems.error(node, what + " must be a date written YYYY-MM-DD, YYYY-MM or YYYY, not '"
                            + scalar.text() + "'");
                }
                return date;
            } catch (DateTimeException e) {
                problems.error(node, what + " is an impossible date: " + scalar.text() + " (" + e.getMessage() + ")");
                return Optional.empty();
            }
        }
        problems.error(node, what + " must be a date, not " + node.describe());
        return Optional.empty();
    }
}
