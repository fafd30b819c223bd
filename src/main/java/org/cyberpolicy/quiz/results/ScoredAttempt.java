package org.cyberpolicy.quiz.results;

import java.util.List;

/** One graded attempt: the marks of every question it showed. */
public record ScoredAttempt(long attemptId, List<ScoredQuestion> questions) {

    public ScoredAttempt {
        questions = List.copyOf(questions);
    }

    /** The attempt's total score, T in Moodle's notation. */
    public double total() {
        return questions.stream().mapToDouble(ScoredQuestion::score).sum();
    }

    public double maxScore() {
        return questions.stream().mapToDouble(ScoredQuestion::maxScore).sum();
    }
}
