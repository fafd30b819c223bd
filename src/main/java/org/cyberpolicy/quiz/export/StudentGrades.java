package org.cyberpolicy.quiz.export;

import java.util.Map;

/** One gradebook row: a student and the grade that counts in each quiz they have graded attempts at, by quiz id. */
public record StudentGrades(String username, String displayName, String studentNumber, String section,
        Map<String, GradingMethod.Grade> grades) {

    public StudentGrades {
        grades = Map.copyOf(grades);
    }
}
