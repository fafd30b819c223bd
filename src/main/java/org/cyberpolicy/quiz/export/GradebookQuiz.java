package org.cyberpolicy.quiz.export;

import java.math.BigDecimal;

import org.cyberpolicy.quiz.bank.Quiz;

/**
 * A quiz column pair of the gradebook. A quiz that has left the bank keeps the title its latest attempt recorded
 * and is graded by {@code HIGHEST}, since its own grading method is no longer known.
 *
 * @param pointsPossible the largest maximum score of the quiz's graded attempts in the export, or, without any, the
 *                       points of its questions when every attempt shows the same ones; null when unknown
 */
public record GradebookQuiz(String id, String title, Quiz.Grading grading, boolean inBank, BigDecimal pointsPossible) {

    public GradebookQuiz(String id, String title, Quiz.Grading grading, boolean inBank) {
        this(id, title, grading, inBank, null);
    }
}
