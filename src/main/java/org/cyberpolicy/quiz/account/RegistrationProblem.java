package org.cyberpolicy.quiz.account;

/** One reason a registration is refused, tied to the field it is about so that a form can show it there. */
public record RegistrationProblem(Field field, String message) {

    public enum Field {
        USERNAME, DISPLAY_NAME, STUDENT_NUMBER, PASSWORD, JOIN_CODE
    }

    public static final RegistrationProblem USERNAME_TAKEN = new RegistrationProblem(Field.USERNAME,
            "that username is taken");
}
