package org.cyberpolicy.quiz.account.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How much one account may write, per kind of write: that many at once, then one more each {@code per-minute}-th of
 * a minute. The defaults are far above what a person answering questions does, and far below what a script can send;
 * 0 turns a limit off. The counts are kept in memory, per instance (docs/security.md, "Rate limits").
 */
@ConfigMapping(prefix = "quiz.writes")
public interface WriteLimitsConfig {

    /**
     * Responses saved or checked per minute by one account, all attempts together (autosave sends one per change).
     * Environment variable {@code QUIZ_WRITES_SAVES_PER_MINUTE}. Default 120, two a second.
     */
    @WithDefault("120")
    int savesPerMinute();

    /**
     * Attempts started per minute by one account; resuming an open attempt does not count. Environment variable
     * {@code QUIZ_WRITES_STARTS_PER_MINUTE}. Default 10.
     */
    @WithDefault("10")
    int startsPerMinute();

    /**
     * Training questions asked, answered or rated per minute by one account. Environment variable
     * {@code QUIZ_WRITES_TRAINING_PER_MINUTE}. Default 60.
     */
    @WithDefault("60")
    int trainingPerMinute();

    /**
     * Downloads of one's own data and deletion requests (each checks the password) per minute by one account.
     * Environment variable {@code QUIZ_WRITES_OWN_DATA_PER_MINUTE}. Default 6.
     */
    @WithDefault("6")
    int ownDataPerMinute();

    /**
     * Changes to people and sections per minute by one staff account (a roster preview or import counts one, however
     * many rows). Environment variable {@code QUIZ_WRITES_PEOPLE_PER_MINUTE}. Default 60.
     */
    @WithDefault("60")
    int peoplePerMinute();

    /**
     * Other changes by one staff account per minute: marks, regrades, attempts ended or reopened, overrides and
     * accommodations, bank edits and reloads, LTI platforms, grades sent again. Environment variable
     * {@code QUIZ_WRITES_STAFF_PER_MINUTE}. Default 60.
     */
    @WithDefault("60")
    int staffPerMinute();

    /**
     * How many accounts the limits remember at most; those that wrote longest ago are forgotten beyond it (and start
     * again with a full allowance). Environment variable {@code QUIZ_WRITES_MAX_TRACKED}. Default 10000.
     */
    @WithDefault("10000")
    int maxTracked();
}
