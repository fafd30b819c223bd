package org.cyberpolicy.quiz.training;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How training sessions schedule facts (see docs/training.md). */
@ConfigMapping(prefix = "quiz.training")
public interface TrainingConfig {

    /** How many facts a student meets for the first time per day, at most. Default 10. */
    @WithDefault("10")
    int newFactsPerDay();

    /** Where a "day" begins and ends, for the pace of new facts and the forecast. Default UTC. */
    @WithDefault("UTC")
    ZoneId zone();

    /** The probability of recall at which a fact falls due: FSRS's desired retention. Default 0.9. */
    @WithDefault("0.9")
    double desiredRetention();

    /** Waits between the first reviews of a new fact, before it gets intervals in days. Default 1 and 10 minutes. */
    @WithDefault("1M,10M")
    List<Duration> learningSteps();

    /** Waits after a fact is forgotten, before it gets intervals in days again. Default 10 minutes. */
    @WithDefault("10M")
    List<Duration> relearningSteps();

    /** The longest interval between reviews, in days. Default 36500 (a hundred years). */
    @WithDefault("36500")
    int maximumInterval();

    /** Whether answers checked or submitted in practice quizzes also count as reviews of their facts. */
    @WithDefault("true")
    boolean practiceCounts();

    /**
     * How far ahead mastery looks: the chance that a student would recall a fact this long from now without training
     * it again (see {@link Mastery}). Default 7 days.
     */
    @WithDefault("7D")
    Duration masteryHorizon();

    /** The course's exam day, if it has one: until that day, mastery looks ahead to it instead of the horizon. */
    Optional<LocalDate> examDate();

    /** How many new facts "learn more today" adds to a student's allowance for the day. Default 5. */
    @WithDefault("5")
    int moreNewFacts();

    /**
     * The stability from which a due fact is asked for recall (a date, number or name to enter) rather than
     * recognition (choices to pick from). Below it, and for a new fact, training prefers choices. Default 5 days:
     * about two good reviews with FSRS's default weights.
     */
    @WithDefault("5D")
    Duration recallFromStability();

    default FsrsParameters parameters() {
        return new FsrsParameters(FsrsParameters.DEFAULT_WEIGHTS, desiredRetention(), learningSteps(),
                relearningSteps(), maximumInterval());
    }
}
