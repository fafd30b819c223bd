package org.cyberpolicy.quiz.results;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The item analysis of one quiz.
 *
 * @param maxScore the attempts' maximum score when they all share it (so the page can print percentages)
 */
public record QuizAnalysis(String quizId, String title, Scope scope, TestStatistics test, OptionalDouble maxScore,
        List<QuestionReport> questions) {

    public QuizAnalysis {
        questions = List.copyOf(questions);
    }

    public long flaggedCount() {
        return questions.stream().filter(q -> !q.flags().isEmpty()).count();
    }
}
