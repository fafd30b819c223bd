package org.cyberpolicy.quiz.web;

import java.time.Duration;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.Quiz;

/** What the quiz list shows of a quiz, worded for students. */
public record QuizSummary(String id, String title, Optional<String> description, String mode, boolean practice,
        int questionCount, Optional<String> timeLimit, Optional<Integer> maxAttempts) {

    public static QuizSummary of(Quiz quiz) {
        boolean practice = quiz.mode() == Quiz.Mode.PRACTICE;
        return new QuizSummary(quiz.id(), quiz.title(), quiz.description(), practice ? "Practice" : "Exam", practice,
                quiz.questionCount(), quiz.timeLimit().map(QuizSummary::describe), quiz.maxAttempts());
    }

    /** "15 min", "1 h 30 min", "90 s": how a time limit reads on a page. */
    static String describe(Duration duration) {
        StringBuilder text = new StringBuilder();
        if (duration.toHoursPart() > 0 || duration.toDaysPart() > 0) {
            text.append(duration.toHours()).append(" h");
        }
        if (duration.toMinutesPart() > 0) {
            text.append(text.isEmpty() ? "" : " ").append(duration.toMinutesPart()).append(" min");
        }
        if (duration.toSecondsPart() > 0) {
            text.append(text.isEmpty() ? "" : " ").append(duration.toSecondsPart()).append(" s");
        }
        return text.toString();
    }
}
