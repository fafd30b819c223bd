package org.cyberpolicy.quiz.results;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Statistics of the whole test over the analysed attempts, in points (not percent) except {@code alpha}. A value is
 * empty when too few attempts, or no spread, leave it undefined.
 *
 * @param alpha                coefficient of internal consistency (Cronbach's alpha) as a percentage, as Moodle
 *                             prints it
 * @param alphaUnavailable     why alpha (and so the standard error) could not be computed, when it could not
 * @param standardError        standard error of measurement, in points: SD × sqrt(1 − alpha)
 */
public record TestStatistics(int attempts, double mean, double median, OptionalDouble standardDeviation,
        OptionalDouble skewness, OptionalDouble kurtosis, OptionalDouble alpha, Optional<String> alphaUnavailable,
        OptionalDouble standardError) {
}
