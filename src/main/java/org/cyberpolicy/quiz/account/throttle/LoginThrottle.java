package org.cyberpolicy.quiz.account.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Slows down guessing passwords: counts failed sign-ins per username and per network address, and once a count
 * reaches its limit refuses further attempts, without looking at the password, until a wait has passed that doubles
 * with each further failure. A success clears its username's count. Unknown names are counted like real ones, so the
 * throttle tells nobody which names exist.
 * <p>
 * The counts live in memory, in one instance: several instances each keep their own. Memory is bounded: the map keeps
 * entries in the order of their last failure and drops the oldest beyond {@link ThrottleRules#maxTracked()}.
 */
public final class LoginThrottle {

    private final ThrottleRules rules;
    private final Supplier<Instant> clock;
    private final Map<String, Failures> failures = new LinkedHashMap<>();

    public LoginThrottle(ThrottleRules rules, Supplier<Instant> clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /** Why this attempt must not be checked now, if it must not: the longer of the name's and the address's waits. */
    public synchronized Optional<SignInRefusal> refusal(String username, String address) {
        Instant now = clock.get();
        Duration nameWait = waitOf(nameKey(username), rules.failuresBeforeDelay(), now);
        Duration addressWait = waitOf(addressKey(address), rules.addressFailuresBeforeDelay(), now);
        if (nameWait.isZero() && addressWait.isZero()) {
            return Optional.empty();
        }
        boolean forAddress = addressWait.compareTo(nameWait) > 0;
        return Optional.of(new SignInRefusal(forAddress, forAddress ? addressWait : nameWait));
    }

    public synchronized void failed(String username, String address) {
        Instant now = clock.get();
        count(nameKey(username), now);
        if (rules.addressFailuresBeforeDelay() > 0) {
            count(addressKey(address), now);
        }
        while (failures.size() > rules.maxTracked()) {
            Iterator<String> oldest = failures.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }

    public synchronized void succeeded(String username) {
        failures.remove(nameKey(username));
    }

    /** How many names and addresses are remembered now. */
    public synchronized int tracked() {
        return failures.size();
    }

    private Duration waitOf(String key, int limit, Instant now) {
        Failures entry = failures.get(key);
        if (entry == null || forgotten(entry, now)) {
            return Duration.ZERO;
        }
        Instant until = entry.last.plus(rules.delayAfter(entry.count, limit));
        return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }

    private void count(String key, Instant now) {
        Failures entry = failures.remove(key);
        int count = entry == null || forgotten(entry, now) ? 1 : entry.count + 1;
        // Re-inserted, so that the map's order stays the order of last failures: the eldest is the one to drop.
        failures.put(key, new Failures(count, now));
    }

    private boolean forgotten(Failures entry, Instant now) {
        Duration quiet = rules.forgetAfter().compareTo(rules.maxDelay()) > 0 ? rules.forgetAfter() : rules.maxDelay();
        return !now.isBefore(entry.last.plus(quiet));
    }

    private static String nameKey(String username) {
        return "name:" + username;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private record Failures(int count, Instant last) {
    }
}
