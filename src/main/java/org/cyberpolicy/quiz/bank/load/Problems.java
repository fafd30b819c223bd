package org.cyberpolicy.quiz.bank.load;

import java.util.ArrayList;
import java.util.List;

import org.cyberpolicy.quiz.bank.BankProblem;
import org.cyberpolicy.quiz.bank.Location;
import org.cyberpolicy.quiz.bank.yaml.YamlNode;

/** Collects what is wrong so that one pass reports every error, not only the first. */
final class Problems {

    private final List<BankProblem> errors = new ArrayList<>();
    private final List<BankProblem> warnings = new ArrayList<>();

    void error(YamlNode node, String message) {
        error(node.location(), message);
    }

    void error(Location location, String message) {
        errors.add(new BankProblem(location, message));
    }

    void addErrors(List<BankProblem> more) {
        errors.addAll(more);
    }

    void warning(Location location, String message) {
        warnings.add(new BankProblem(location, message));
    }

    int errorCount() {
        return errors.size();
    }

    List<BankProblem> errors() {
        return errors.stream().sorted().toList();
    }

    List<BankProblem> warnings() {
        return warnings.stream().sorted().toList();
    }
}
