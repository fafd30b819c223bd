package org.cyberpolicy.quiz.account;

import java.net.InetAddress;
import java.net.Inet6Address;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.cyberpolicy.quiz.account.limits.TokenBuckets;

/**
 * How many registrations one network address may make: {@code perWindow} at once, then one more each
 * {@code window / perWindow} (a token bucket, refilled continuously). A class behind one school router registers
 * together, so the allowance is a burst the size of a class; someone scripting registrations from one address gets
 * that burst and then a trickle.
 * <p>
 * An IPv6 address counts by its /64 network, since one machine usually holds a whole /64 and can pick a new address
 * in it for every request. Counts live in memory, in one instance, in {@link TokenBuckets}.
 */
public final class AddressRateLimit {

    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private final TokenBuckets<String> buckets;

    /** @param perWindow registrations per window, and the burst allowed at once; 0 turns the limit off */
    public AddressRateLimit(int perWindow, Duration window, int maxTracked, Supplier<Instant> clock) {
        this.buckets = new TokenBuckets<>(perWindow, window, maxTracked, clock);
    }

    /** Takes one registration from the address's allowance: empty if there was one, else how long until there is. */
    public Optional<Duration> take(String address) {
        return buckets.take(keyOf(address));
    }

    /** How many addresses are remembered now. */
    public int tracked() {
        return buckets.tracked();
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
}
