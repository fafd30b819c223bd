package org.cyberpolicy.quiz.web.signin;

/** What the registration form shows in its fields: what was entered, never the passwords. */
public record RegistrationForm(String username, String displayName, String studentNumber, String joinCode) {

    public static final RegistrationForm EMPTY = new RegistrationForm("", "", "", "");

    public static RegistrationForm entered(String username, String displayName, String studentNumber,
            String joinCode) {
        return new RegistrationForm(orEmpty(username), orEmpty(displayName), orEmpty(studentNumber),
                orEmpty(joinCode));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
