package org.cyberpolicy.quiz.results;

import java.util.List;

/** The result of analysing a set of graded attempts: the test as a whole, and each question. */
public record ItemAnalysis(TestStatistics test, List<QuestionStatistics> questions) {

    public ItemAnalysis {
        questions = List.copyOf(questions);
    }
}
