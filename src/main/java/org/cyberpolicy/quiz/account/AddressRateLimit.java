package org.cyberpolicy.quiz.account;

import java.net.InetAddress;
import java.net.Inet6Address;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * How many registrations one network address may make: {@code perWindow} at once, then one more each
 * {@code window / perWindow} (a token bucket, refilled continuously). A class behind one school router registers
 * together, so the allowance is a burst the size of a class; someone scripting registrations from one address gets
 * that burst and then a trickle.
 * <p>
 * An IPv6 address counts by its /64 network, since one machine usually holds a whole /64 and can pick a new address
 * in it for every request. Counts live in memory, in one instance; the map keeps addresses in the order of their last
 * registration and forgets the oldest beyond {@code maxTracked} (a forgotten address starts again with a full
 * allowance).
 */
public final class AddressRateLimit {

    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private final int perWindow;
    private final double tokensPerNano;
    private final int maxTracked;
    private final Supplier<Instant> clock;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>();

    /** @param perWindow registrations per window, and the burst allowed at once; 0 turns the limit off */
    public AddressRateLimit(int perWindow, Duration window, int maxTracked, Supplier<Instant> clock) {
        if (perWindow < 0 || maxTracked < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a limit of 0 or more per positive window, and at least one tracked");
        }
        this.perWindow = perWindow;
        this.tokensPerNano = (double) perWindow / window.toNanos();
        this.maxTracked = maxTracked;
        this.clock = clock;
    }

    /** Takes one registration from the address's allowance: empty if there was one, else how long until there is. */
    public synchronized Optional<Duration> take(String address) {
        if (perWindow == 0) {
            return Optional.empty();
        }
        String key = keyOf(address);
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
            Iterator<String> eldest = buckets.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        return wait;
    }

    /** How many addresses are remembered now. */
    public synchronized int tracked() {
        return buckets.size();
    }

    private double refilled(Bucket bucket, Instant now) {
        long elapsed = Math.max(0, Duration.between(bucket.at(), now).toNanos());
        return Math.min(perWindow, bucket.tokens() + elapsed * tokensPerNano);
    }

    /** The key an address counts under: an IPv4 address itself, an IPv6 address its /64 network. */
    static String keyOf(String address) {
        if (address == null || address.indexOf(':') < 0 || !IPV6_LITERAL.matcher(address).matches()) {
            return address == null ? "unknown" : address;
        }
        try {
            // Only hex digits, ':' and '.' (checked above): parsed as a literal, never looked up by name.
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet6Address v6) {
                return HexFormat.of().formatHex(Arrays.copyOf(v6.getAddress(), 8)) + "::/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException | SecurityException notAnAddress) {
            return address;
        }
    }

    private record Bucket(double tokens, Instant at) {
    }
}
