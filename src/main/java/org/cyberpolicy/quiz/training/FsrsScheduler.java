package org.cyberpolicy.quiz.training;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The FSRS-6 memory model and scheduler, implemented from the algorithm's published formulas (see
 * {@code docs/training.md}), with the behaviour of the reference scheduler py-fsrs 6 for short steps: a new or
 * forgotten fact is seen again after minutes before it gets an interval in days. Intervals are not fuzzed.
 *
 * <p>Pure: the time of every review is a parameter, and nothing is kept between calls.
 */
public final class FsrsScheduler {

    private static final double MIN_STABILITY = 0.001;
    private static final double MIN_DIFFICULTY = 1;
    private static final double MAX_DIFFICULTY = 10;

    private final FsrsParameters parameters;
    private final double[] w;
    private final double decay;
    private final double factor;

    public FsrsScheduler(FsrsParameters parameters) {
        this.parameters = parameters;
        this.w = parameters.weights().stream().mapToDouble(Double::doubleValue).toArray();
        this.decay = -w[20];
        // Chosen so that retrievability is exactly 0.9 when the elapsed time equals the stability.
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    public FsrsParameters parameters() {
        return parameters;
    }

    /**
     * The probability of recalling the fact at {@code at}, from 0 to 1. FSRS counts whole days since the last review,
     * so a fact reviewed today is at 1 until tomorrow.
     */
    public double retrievability(Memory memory, Instant at) {
        return forgettingCurve(Math.max(0, wholeDays(memory.lastReview(), at)), memory.stability());
    }

    /** The memory after a review graded {@code grade} at {@code at}; empty {@code before} for a fact never seen. */
    public Memory review(Optional<Memory> before, Grade grade, Instant at) {
        if (before.isEmpty()) {
            Memory fresh = new Memory(Phase.LEARNING, 0, initialStability(grade), initialDifficulty(grade), at, at);
            return stepped(fresh, grade, at, parameters.learningSteps());
        }
        Memory old = before.get();
        double stability = nextStability(old, grade, at);
        double difficulty = nextDifficulty(old.difficulty(), grade);
        Memory updated = new Memory(old.phase(), old.step(), stability, difficulty, at, at);
        if (old.phase() == Phase.LEARNING) {
            return stepped(updated, grade, at, parameters.learningSteps());
        }
        if (old.phase() == Phase.RELEARNING) {
            return stepped(updated, grade, at, parameters.relearningSteps());
        }
        if (grade == Grade.AGAIN && !parameters.relearningSteps().isEmpty()) {
            return new Memory(Phase.RELEARNING, 0, stability, difficulty, at.plus(parameters.relearningSteps().get(0)),
                    at);
        }
        return inReview(updated, at);
    }

    /** The interval FSRS gives a stability: the days until retrievability falls to the desired retention. */
    public int intervalDays(double stability) {
        double days = stability / factor * (Math.pow(parameters.desiredRetention(), 1 / decay) - 1);
        // Half to even, as the reference rounds (Python's round).
        long rounded = (long) Math.rint(days);
        return (int) Math.min(Math.max(rounded, 1), parameters.maximumInterval());
    }

    private double nextStability(Memory old, Grade grade, Instant at) {
        long days = wholeDays(old.lastReview(), at);
        if (days < 1) {
            return shortTermStability(old.stability(), grade);
        }
        double r = retrievability(old, at);
        double next = grade == Grade.AGAIN ? forgetStability(old.difficulty(), old.stability(), r)
                : recallStability(old.difficulty(), old.stability(), r, grade);
        return Math.max(next, MIN_STABILITY);
    }

    /** Moves a learning or relearning fact along its short steps, or graduates it to review. */
    private Memory stepped(Memory memory, Grade grade, Instant at, List<Duration> steps) {
        int step = memory.step();
        if (steps.isEmpty() || (step >= steps.size() && grade != Grade.AGAIN)) {
            return inReview(memory, at);
        }
        return switch (grade) {
            case AGAIN -> waiting(memory, 0, at.plus(steps.get(0)));
            case HARD -> waiting(memory, step, at.plus(hardStep(steps, step)));
            case GOOD -> step + 1 >= steps.size() ? inReview(memory, at)
                    : waiting(memory, step + 1, at.plus(steps.get(step + 1)));
            case EASY -> inReview(memory, at);
        };
    }

    /** "Hard" on the first step waits between the first and the second step; later it repeats the step. */
    private static Duration hardStep(List<Duration> steps, int step) {
        if (step == 0 && steps.size() == 1) {
            return steps.get(0).multipliedBy(3).dividedBy(2);
        }
        if (step == 0) {
            return steps.get(0).plus(steps.get(1)).dividedBy(2);
        }
        return steps.get(step);
    }

    private static Memory waiting(Memory memory, int step, Instant due) {
        return new Memory(memory.phase(), step, memory.stability(), memory.difficulty(), due, memory.lastReview());
    }

    private Memory inReview(Memory memory, Instant at) {
        return new Memory(Phase.REVIEW, 0, memory.stability(), memory.difficulty(),
                at.plus(Duration.ofDays(intervalDays(memory.stability()))), at);
    }

    private double forgettingCurve(long elapsedDays, double stability) {
        return Math.pow(1 + factor * elapsedDays / stability, decay);
    }

    private double initialStability(Grade grade) {
        return Math.max(w[grade.value() - 1], MIN_STABILITY);
    }

    private double initialDifficulty(Grade grade) {
        return clampDifficulty(rawInitialDifficulty(grade));
    }

    private double rawInitialDifficulty(Grade grade) {
        return w[4] - Math.exp(w[5] * (grade.value() - 1)) + 1;
    }

    private double nextDifficulty(double difficulty, Grade grade) {
        double change = -w[6] * (grade.value() - 3);
        // Linear damping: the closer to 10, the smaller a step up.
        double damped = difficulty + (10 - difficulty) * change / 9;
        // Mean reversion towards the initial difficulty of an "easy" first review.
        double reverted = w[7] * rawInitialDifficulty(Grade.EASY) + (1 - w[7]) * damped;
        return clampDifficulty(reverted);
    }

    private double shortTermStability(double stability, Grade grade) {
        double increase = Math.exp(w[17] * (grade.value() - 3 + w[18])) * Math.pow(stability, -w[19]);
        if (grade == Grade.GOOD || grade == Grade.EASY) {
            increase = Math.max(increase, 1);
        }
        return Math.max(stability * increase, MIN_STABILITY);
    }

    private double recallStability(double difficulty, double stability, double r, Grade grade) {
        double hardPenalty = grade == Grade.HARD ? w[15] : 1;
        double easyBonus = grade == Grade.EASY ? w[16] : 1;
        return stability * (1 + Math.exp(w[8]) * (11 - difficulty) * Math.pow(stability, -w[9])
                * (Math.exp((1 - r) * w[10]) - 1) * hardPenalty * easyBonus);
    }

    private double forgetStability(double difficulty, double stability, double r) {
        double longTerm = w[11] * Math.pow(difficulty, -w[12]) * (Math.pow(stability + 1, w[13]) - 1)
                * Math.exp((1 - r) * w[14]);
        double shortTermCap = stability / Math.exp(w[17] * w[18]);
        return Math.min(longTerm, shortTermCap);
    }

    private static double clampDifficulty(double difficulty) {
        return Math.min(Math.max(difficulty, MIN_DIFFICULTY), MAX_DIFFICULTY);
    }

    /** Whole days from one instant to the next, rounded down, as the reference counts them. */
    static long wholeDays(Instant from, Instant to) {
        return Math.floorDiv(Duration.between(from, to).toSeconds(), 86_400);
    }
}
