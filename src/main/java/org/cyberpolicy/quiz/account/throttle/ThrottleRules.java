package org.cyberpolicy.quiz.account.throttle;

import java.time.Duration;

/**
 * The numbers of the throttle (see {@link LoginThrottle}):
 * <ul>
 * <li>after {@code failuresBeforeDelay} failures of one name at one address, that name waits there
 * {@code baseDelay}, doubled at each further failure up to {@code maxDelay};</li>
 * <li>the same after {@code nameFailuresBeforeDelay} failures of one name from all addresses together (0: never), for
 * the addresses that have been failing on it;</li>
 * <li>one address may fail {@code addressFailuresBeforeDelay} times, all names together, per {@code forgetAfter}
 * (0: no limit), beyond which it waits for its oldest failure to drain away;</li>
 * <li>a name or address without failure for {@code forgetAfter} (and no wait left) starts again from zero;</li>
 * <li>each kind of record (names at addresses, names, addresses, successful sign-ins) is kept for at most
 * {@code maxTracked} keys.</li>
 * </ul>
 */
public record ThrottleRules(int failuresBeforeDelay, int nameFailuresBeforeDelay, int addressFailuresBeforeDelay,
        Duration baseDelay, Duration maxDelay, Duration forgetAfter, int maxTracked) {

    public ThrottleRules {
        if (failuresBeforeDelay < 1 || nameFailuresBeforeDelay < 0 || addressFailuresBeforeDelay < 0
                || maxTracked < 1) {
            throw new IllegalArgumentException("failures before delay must be at least 1, the name and address limits"
                    + " 0 or more, and max tracked at least 1");
        }
        if (baseDelay.isNegative() || baseDelay.isZero() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("the base delay must be positive and the max delay at least as long");
        }
        if (forgetAfter.isNegative() || forgetAfter.isZero()) {
            throw new IllegalArgumentException("forget-after must be positive");
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

    /** How long a name's failures are remembered after the last one: long enough to outlast its wait. */
    Duration memory() {
        return forgetAfter.compareTo(maxDelay) > 0 ? forgetAfter : maxDelay;
    }

    /** How much of an address's allowance one failure uses up: its share of {@code forgetAfter}. */
    Duration addressFailureWeight() {
        return forgetAfter.dividedBy(Math.max(1, addressFailuresBeforeDelay));
    }
}
