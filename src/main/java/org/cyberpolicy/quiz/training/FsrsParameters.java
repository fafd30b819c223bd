package org.cyberpolicy.quiz.training;

import java.time.Duration;
import java.util.List;

/**
 * The settings of the FSRS-6 scheduler.
 *
 * @param weights           the model's 21 weights w0..w20
 * @param desiredRetention  the probability of recall at which a fact falls due
 * @param learningSteps     waits between the first reviews of a new fact before it gets an interval in days
 * @param relearningSteps   waits after a forgotten fact before it gets an interval in days again
 * @param maximumInterval   the longest interval, in days
 */
public record FsrsParameters(List<Double> weights, double desiredRetention, List<Duration> learningSteps,
        List<Duration> relearningSteps, int maximumInterval) {

    /**
     * FSRS-6's published default weights, as shipped by the reference implementation py-fsrs 6
     * ({@code fsrs/scheduler.py}, {@code DEFAULT_PARAMETERS}); w20 is the decay.
     */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
            0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658,
            0.1542);

    /** The reference's defaults: retention 0.9, learning steps 1 and 10 minutes, relearning 10 minutes, 100 years. */
    public static final FsrsParameters DEFAULT = new FsrsParameters(DEFAULT_WEIGHTS, 0.9,
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)), 36500);

    public FsrsParameters {
        weights = List.copyOf(weights);
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        if (weights.size() != 21) {
            throw new IllegalArgumentException("FSRS-6 needs 21 weights, got " + weights.size());
        }
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("the desired retention must lie between 0 and 1, got "
                    + desiredRetention);
        }
        if (maximumInterval < 1) {
            throw new IllegalArgumentException("the maximum interval must be at least one day");
        }
        if (learningSteps.stream().anyMatch(s -> s.isNegative() || s.isZero())
                || relearningSteps.stream().anyMatch(s -> s.isNegative() || s.isZero())) {
            throw new IllegalArgumentException("learning and relearning steps must be positive");
        }
    }
}
