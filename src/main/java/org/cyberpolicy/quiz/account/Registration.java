package org.cyberpolicy.quiz.account;

import java.util.Locale;

/**
 * What someone asks for when they create an account. Also the JSON body of {@code POST /api/register}; the student
 * number may be left out.
 */
public record Registration(String username, String password, String displayName, String studentNumber,
        String joinCode) {

    /** A registration without a section's join code. */
    public Registration(String username, String password, String displayName, String studentNumber) {
        this(username, password, displayName, studentNumber, null);
    }

    /**
     * The registration as it is checked and stored: the username stripped and in lower case (so "Alice" and "alice"
     * are one name), the display name stripped, a blank student number or join code absent. The password is kept
     * exactly as typed.
     */
    public Registration normalized() {
        String number = studentNumber == null ? null : studentNumber.strip();
        String code = joinCode == null ? null : joinCode.strip();
        return new Registration(normalizeUsername(username), password == null ? "" : password,
                displayName == null ? "" : displayName.strip(), number == null || number.isEmpty() ? null : number,
                code == null || code.isEmpty() ? null : code);
    }

    /** Usernames are compared and stored stripped and in lower case. */
    public static String normalizeUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
