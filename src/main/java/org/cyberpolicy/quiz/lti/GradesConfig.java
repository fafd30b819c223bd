package org.cyberpolicy.quiz.lti;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Grade passback to the platforms' line items (docs/interop.md, "Grade passback"). */
@ConfigMapping(prefix = "quiz.lti.grades")
public interface GradesConfig {

    /** Whether scores are written to the outbox and sent. Off: nothing is written, waiting scores stay waiting. */
    @WithDefault("true")
    boolean enabled();

    /**
     * How often the outbox is looked at for scores due (besides right after a grade changes). Read by the scheduler
     * as {@code quiz.lti.grades.interval}.
     */
    @WithDefault("10S")
    Duration interval();

    /** The wait before the second try; it doubles at every try after that, up to {@link #maxRetry()}. */
    @WithDefault("30S")
    Duration firstRetry();

    /** The longest wait between two tries. */
    @WithDefault("1H")
    Duration maxRetry();

    /** Tries after which a score that keeps failing (network, 5xx, 429, 401) is given up as failed. */
    @WithDefault("12")
    int maxTries();

    /**
     * How long one instance holds a score it is sending; a score still "sending" after that (its instance stopped
     * mid-way) is taken up again.
     */
    @WithDefault("2M")
    Duration claimFor();
}
