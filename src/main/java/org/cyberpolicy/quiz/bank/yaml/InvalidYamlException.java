package org.cyberpolicy.quiz.bank.yaml;

import org.cyberpolicy.quiz.bank.BankProblem;
import org.cyberpolicy.quiz.bank.Location;

/**
 * A file that cannot be read as YAML at all, or that breaks one of the {@link YamlLimits}.
 */
public class InvalidYamlException extends Exception {

    private final transient BankProblem problem;

    public InvalidYamlException(Location location, String message) {
        super(location + ": " + message);
        this.problem = new BankProblem(location, message);
    }

    public BankProblem problem() {
        return problem;
    }
}
