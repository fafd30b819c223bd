package org.cyberpolicy.quiz.export;

import java.util.Map;

/**
 * One gradebook row: a student and the grade that counts in each quiz they have graded attempts at, by quiz id.
 *
 * @param email   the account's email address (from a roster), or null
 * @param section the names of the student's sections joined by "; ", empty when in none
 * @param deleted whether the account was deleted at the student's request (its name is then "Deleted student n")
 */
public record StudentGrades(String username, String displayName, String studentNumber, String email, String section,
        boolean deleted, Map<String, GradingMethod.Grade> grades) {

    public StudentGrades {
        grades = Map.copyOf(grades);
    }

    public StudentGrades(String username, String displayName, String studentNumber,
            Map<String, GradingMethod.Grade> grades) {
        this(username, displayName, studentNumber, null, null, false, grades);
    }
}
