package org.cyberpolicy.quiz.account;

import java.util.List;

/** A registration was refused; it carries every problem found, so that they can all be fixed in one go. */
public class RegistrationException extends RuntimeException {

    private final transient List<RegistrationProblem> problems;

    public RegistrationException(List<RegistrationProblem> problems) {
        super(String.join("; ", problems.stream().map(RegistrationProblem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<RegistrationProblem> problems() {
        return problems;
    }

    public List<String> messages() {
        return problems.stream().map(RegistrationProblem::message).toList();
    }

    /** The registration was fine except that someone else holds the username: a conflict rather than bad input. */
    public boolean usernameTakenOnly() {
        return problems.equals(List.of(RegistrationProblem.USERNAME_TAKEN));
    }
}
