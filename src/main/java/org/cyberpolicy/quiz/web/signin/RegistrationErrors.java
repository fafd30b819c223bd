package org.cyberpolicy.quiz.web.signin;

import java.util.ArrayList;
import java.util.List;

import org.cyberpolicy.quiz.account.RegistrationProblem;

/** The registration form's error messages, per field so that each input can point at its own. */
public record RegistrationErrors(List<String> username, List<String> displayName, List<String> studentNumber,
        List<String> password, List<String> passwordConfirm, List<String> joinCode) {

    public static final RegistrationErrors NONE = new RegistrationErrors(List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of());

    static RegistrationErrors of(List<RegistrationProblem> problems, List<String> confirmProblems) {
        List<String> username = new ArrayList<>();
        List<String> displayName = new ArrayList<>();
        List<String> studentNumber = new ArrayList<>();
        List<String> password = new ArrayList<>();
        List<String> joinCode = new ArrayList<>();
        for (RegistrationProblem problem : problems) {
            switch (problem.field()) {
                case USERNAME -> username.add(problem.message());
                case DISPLAY_NAME -> displayName.add(problem.message());
                case STUDENT_NUMBER -> studentNumber.add(problem.message());
                case PASSWORD -> password.add(problem.message());
                case JOIN_CODE -> joinCode.add(problem.message());
                default -> throw new IllegalArgumentException("unknown field " + problem.field());
            }
        }
        return new RegistrationErrors(List.copyOf(username), List.copyOf(displayName), List.copyOf(studentNumber),
                List.copyOf(password), List.copyOf(confirmProblems), List.copyOf(joinCode));
    }

    /** Every message, in the order of the form's fields, for the summary above the form. */
    public List<String> all() {
        List<String> all = new ArrayList<>(username);
        all.addAll(displayName);
        all.addAll(studentNumber);
        all.addAll(password);
        all.addAll(passwordConfirm);
        all.addAll(joinCode);
        return all;
    }

    public boolean any() {
        return !all().isEmpty();
    }
}
