package org.cyberpolicy.quiz.account.limits;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An allowance per key (a network address, an account): {@code perWindow} at once, then one more each
 * {@code window / perWindow}, refilled continuously. Someone working at a normal pace never meets it; a script gets
 * the burst and then a trickle.
 * <p>
 * Counts live in memory, in one instance. The map keeps keys in the order of their last use and forgets the oldest
 * beyond {@code maxTracked}, so that its memory stays bounded; a forgotten key starts again with a full allowance.
 */
public final class TokenBuckets<K> {

    private final int perWindow;
    private final double tokensPerNano;
    private final int maxTracked;
    private final Supplier<Instant> clock;
    private final Map<K, Bucket> buckets = new LinkedHashMap<>();

    /** @param perWindow uses per window, and the burst allowed at once; 0 turns the limit off */
    public TokenBuckets(int perWindow, Duration window, int maxTracked, Supplier<Instant> clock) {
        if (perWindow < 0 || maxTracked < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a limit of 0 or more per positive window, and at least one tracked");
        }
        this.perWindow = perWindow;
        this.tokensPerNano = (double) perWindow / window.toNanos();
        this.maxTracked = maxTracked;
        this.clock = clock;
    }

    /** Takes one use from the key's allowance: empty if there was one, else how long until there is. */
    public synchronized Optional<Duration> take(K key) {
        if (perWindow == 0) {
            return Optional.empty();
        }
        Instant now = clock.get();
        // Removed and put back, so that the map's order stays the order of last use: the eldest is the one to drop.
        Bucket bucket = buckets.remove(key);
        double tokens = bucket == null ? perWindow : refilled(bucket, now);
        Optional<Duration> wait = Optional.empty();
        if (tokens >= 1) {
            tokens -= 1;
        } else {
            wait = Optional.of(Duration.ofNanos((long) Math.ceil((1 - tokens) / tokensPerNano)));
        }
        buckets.put(key, new Bucket(tokens, now));
        while (buckets.size() > maxTracked) {
            Iterator<K> eldest = buckets.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        return wait;
    }

    /** How many keys are remembered now. */
    public synchronized int tracked() {
        return buckets.size();
    }

    private double refilled(Bucket bucket, Instant now) {
        long elapsed = Math.max(0, Duration.between(bucket.at(), now).toNanos());
        return Math.min(perWindow, bucket.tokens() + elapsed * tokensPerNano);
    }

    private record Bucket(double tokens, Instant at) {
    }
}
