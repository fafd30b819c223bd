package org.cyberpolicy.quiz.account.throttle;

import java.time.Duration;

/**
 * The numbers of the throttle: after {@code failuresBeforeDelay} failures a name waits {@code baseDelay}, doubled at
 * each further failure up to {@code maxDelay}; the same for an address after {@code addressFailuresBeforeDelay}
 * (0: never).
 */
public record ThrottleRules(int failuresBeforeDelay, int addressFailuresBeforeDelay, Duration baseDelay,
        Duration maxDelay, Duration forgetAfter, int maxTracked) {

    public ThrottleRules {
        if (failuresBeforeDelay < 1 || addressFailuresBeforeDelay < 0 || maxTracked < 1) {
            throw new IllegalArgumentException("failures before delay must be at least 1, the address limit 0 or"
                    + " more, and max tracked at least 1");
        }
        if (baseDelay.isNegative() || baseDelay.isZero() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("the base delay must be positive and the max delay at least as long");
        }
    }

    /** The wait after the given number of failures with that limit: none below it, then base, 2 base, 4 base... */
    Duration delayAfter(int failures, int limit) {
        if (limit == 0 || failures < limit) {
            return Duration.ZERO;
        }
        int doublings = failures - limit;
        // Past 62 doublings a long would overflow; far past any sensible maximum anyway.
        if (doublings >= 62 || baseDelay.toMillis() > maxDelay.toMillis() >> doublings) {
            return maxDelay;
        }
        return baseDelay.multipliedBy(1L << doublings);
    }
}
