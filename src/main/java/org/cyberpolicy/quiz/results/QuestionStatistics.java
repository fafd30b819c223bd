package org.cyberpolicy.quiz.results;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Statistics of one question over the analysed attempts that showed it.
 *
 * @param facility          mean score as a percentage of the question's points
 * @param standardDeviation standard deviation of the score, as a percentage of the question's points
 * @param discrimination    100 × the correlation of this question's score with the rest of the test
 * @param efficiency        discriminative efficiency: 100 × the covariance with the rest of the test over the
 *                          largest covariance those same scores could have
 * @param choices           for choice questions, each bank choice's counts, in the bank's order of first sight
 */
public record QuestionStatistics(String questionId, int attempts, double meanScore, double maxScore,
        double facility, OptionalDouble standardDeviation, OptionalDouble discrimination, OptionalDouble efficiency,
        List<ChoiceCount> choices) {

    public QuestionStatistics {
        choices = List.copyOf(choices);
    }
}
