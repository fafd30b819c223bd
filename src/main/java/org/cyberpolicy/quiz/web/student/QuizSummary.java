package org.cyberpolicy.quiz.web.student;

import java.util.Optional;

import org.cyberpolicy.quiz.bank.Quiz;
import org.cyberpolicy.quiz.web.format.Times;

/** What the quiz list shows of a quiz, worded for students. */
public record QuizSummary(String id, String title, Optional<String> description, String mode, boolean practice,
        int questionCount, Optional<String> timeLimit, Optional<Integer> maxAttempts) {

    public static QuizSummary of(Quiz quiz) {
        boolean practice = quiz.mode() == Quiz.Mode.PRACTICE;
        return new QuizSummary(quiz.id(), quiz.title(), quiz.description(), practice ? "Practice" : "Exam", practice,
                quiz.questionCount(), quiz.timeLimit().map(Times::duration), quiz.maxAttempts());
    }
}
