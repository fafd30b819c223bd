package org.cyberpolicy.quiz.export;

import org.cyberpolicy.quiz.bank.Quiz;

/**
 * A quiz column pair of the gradebook. A quiz that has left the bank keeps the title its latest attempt recorded
 * and is graded by {@code HIGHEST}, since its own grading method is no longer known.
 */
public record GradebookQuiz(String id, String title, Quiz.Grading grading, boolean inBank) {
}
