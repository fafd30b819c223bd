package org.cyberpolicy.quiz.account.deletion;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What becomes of a deleted student's attempts: the instructor chooses when confirming the deletion. */
public enum DeletionChoice {
    /** The attempts, their responses and marks are deleted; the gradebook keeps an anonymous row with empty cells. */
    DELETE_ATTEMPTS("delete-attempts"),
    /** The attempts stay, for the course's statistics and grades, under the anonymous name "Deleted student n". */
    KEEP_ANONYMISED("keep-anonymised");

    private final String parameter;

    DeletionChoice(String parameter) {
        this.parameter = parameter;
    }

    /** Its name in forms and JSON: {@code delete-attempts} or {@code keep-anonymised}. */
    public String parameter() {
        return parameter;
    }

    public static Optional<DeletionChoice> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.parameter.equals(wanted)).findFirst();
    }
}
