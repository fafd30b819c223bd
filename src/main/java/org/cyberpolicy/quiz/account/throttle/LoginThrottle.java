package org.cyberpolicy.quiz.account.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Slows down guessing passwords without letting anyone lock others out. Failed sign-ins are counted three ways:
 * <ul>
 * <li><b>per name at one address</b>, the main throttle: after {@link ThrottleRules#failuresBeforeDelay()} failures
 * that name waits at that address, the password unread, for a wait that doubles with each further failure. A guesser
 * slows only themselves on that name; the name's owner elsewhere is not held up.</li>
 * <li><b>per name from all addresses</b>, much higher, against guessing spread over many addresses: past it, an
 * address that has been failing on the name waits, unread. The way through: an address with no failure on record
 * for the name, or one where the name has signed in before, still has its password looked at, so the owner always
 * gets in with the right password. An address can use that once: its failure makes it a failing one.</li>
 * <li><b>per address, all names together</b>, a high ceiling against trying one password on many names: an address
 * may fail so many times per {@link ThrottleRules#forgetAfter()}, then waits for its oldest failure to drain away,
 * unread, for every name but those that have signed in from there before (whose failures are not counted there
 * either). A whole school behind one address cannot lock out its own regulars.</li>
 * </ul>
 * A success clears its name's failures at that address, and is remembered as the way through. Unknown names are
 * counted and refused like real ones; the rules never ask whether a name exists, so the throttle tells nobody.
 * <p>
 * <b>Checks in flight.</b> A password check takes a while (bcrypt), so many attempts sent at once would all be let
 * through before the first failure is counted. Each admitted check is therefore held as a failure that may come: an
 * attempt that would be refused if all the checks in flight failed is told to wait for them ({@link
 * SignInDecision.Busy}) and ask again. Every {@link SignInDecision.Check} must be closed by exactly one of
 * {@link #failed}, {@link #succeeded} or {@link #abandoned}.
 * <p>
 * The counts live in memory, in one instance: several instances each keep their own. Memory is bounded: each kind
 * of record keeps at most {@link ThrottleRules#maxTracked()} keys, the least recently written forgotten first; checks
 * in flight are as many as the requests being served.
 */
public final class LoginThrottle {

    private final ThrottleRules rules;
    private final Supplier<Instant> clock;
    private final BoundedMemory<NameAt, Failures> namesAtAddresses;
    private final BoundedMemory<String, Failures> names;
    private final BoundedMemory<String, Backlog> addresses;
    private final BoundedMemory<NameAt, Boolean> signedIn;
    private final Map<NameAt, InFlight> checksInFlight = new HashMap<>();
    private final Map<String, Integer> nameChecksInFlight = new HashMap<>();
    private final Map<String, Integer> addressChecksInFlight = new HashMap<>();

    public LoginThrottle(ThrottleRules rules, Supplier<Instant> clock) {
        this.rules = rules;
        this.clock = clock;
        this.namesAtAddresses = new BoundedMemory<>(rules.maxTracked());
        this.names = new BoundedMemory<>(rules.maxTracked());
        this.addresses = new BoundedMemory<>(rules.maxTracked());
        this.signedIn = new BoundedMemory<>(rules.maxTracked());
    }

    /**
     * Whether a sign-in as this name from this address may have its password looked at now. A
     * {@link SignInDecision.Check} is counted as in flight until it is closed.
     */
    public synchronized SignInDecision decide(String name, String address) {
        Instant now = clock.get();
        NameAt attempt = new NameAt(name, address);
        boolean signedInHere = signedIn.get(attempt) != null;
        boolean failingHere = live(namesAtAddresses.get(attempt), now);
        Waits waits = waits(attempt, now, 0, 0, 0);
        if (refused(waits, failingHere, signedInHere)) {
            return new SignInDecision.Refuse(waits.refusal());
        }
        InFlight inFlight = checksInFlight.getOrDefault(attempt, InFlight.NONE);
        int forAddress = signedInHere ? 0 : addressChecksInFlight.getOrDefault(address, 0);
        Waits ifAllFailed = waits(attempt, now, inFlight.checks(), nameChecksInFlight.getOrDefault(name, 0),
                forAddress);
        if (refused(ifAllFailed, failingHere || inFlight.checks() > 0, signedInHere)) {
            return new SignInDecision.Busy();
        }
        checksInFlight.put(attempt, inFlight.plus(signedInHere ? 0 : 1));
        nameChecksInFlight.merge(name, 1, Integer::sum);
        if (!signedInHere) {
            addressChecksInFlight.merge(address, 1, Integer::sum);
        }
        return new SignInDecision.Check(waits.any());
    }

    /** Counts a wrong password; returns the wait now in force for this name at this address, if any. */
    public synchronized Optional<SignInRefusal> failed(String name, String address) {
        Instant now = clock.get();
        NameAt attempt = new NameAt(name, address);
        boolean countedOnAddress = land(attempt);
        count(namesAtAddresses, attempt, now);
        if (rules.nameFailuresBeforeDelay() > 0) {
            count(names, name, now);
        }
        if (rules.addressFailuresBeforeDelay() > 0 && (countedOnAddress || signedIn.get(attempt) == null)) {
            Duration backlog = backlog(address, now).plus(rules.addressFailureWeight());
            Duration most = mostBacklog();
            addresses.put(address, new Backlog(backlog.compareTo(most) > 0 ? most : backlog, now));
        }
        Waits waits = waits(attempt, now, 0, 0, 0);
        return waits.any() ? Optional.of(waits.refusal()) : Optional.empty();
    }

    /** A right password: the name's failures at this address are cleared, and the address is its way through. */
    public synchronized void succeeded(String name, String address) {
        NameAt attempt = new NameAt(name, address);
        land(attempt);
        namesAtAddresses.remove(attempt);
        signedIn.put(attempt, Boolean.TRUE);
    }

    /** A check that ended neither way (the database failed, the client went away): nothing is counted. */
    public synchronized void abandoned(String name, String address) {
        land(new NameAt(name, address));
    }

    /** How many keys are remembered now, all kinds of record together (checks in flight aside). */
    public synchronized int tracked() {
        return namesAtAddresses.size() + names.size() + addresses.size() + signedIn.size();
    }

    /** How many password checks are in flight now. */
    public synchronized int checksInFlight() {
        return checksInFlight.values().stream().mapToInt(InFlight::checks).sum();
    }

    /** The rules: a wait of its own refuses; so does the address's or the name's, unless a way through applies. */
    private static boolean refused(Waits waits, boolean failingHere, boolean signedInHere) {
        return !waits.nameAtAddress().isZero() || (!waits.address().isZero() && !signedInHere)
                || (!waits.name().isZero() && failingHere && !signedInHere);
    }

    /** Ends one check in flight of this name at this address; true if it was held against the address. */
    private boolean land(NameAt attempt) {
        InFlight inFlight = checksInFlight.get(attempt);
        if (inFlight == null) {
            return false;
        }
        InFlight left = inFlight.minus();
        if (left.checks() == 0) {
            checksInFlight.remove(attempt);
        } else {
            checksInFlight.put(attempt, left);
        }
        decrement(nameChecksInFlight, attempt.name());
        if (inFlight.onAddress() > 0) {
            decrement(addressChecksInFlight, attempt.address());
            return true;
        }
        return false;
    }

    private static <K> void decrement(Map<K, Integer> counts, K key) {
        counts.computeIfPresent(key, (k, count) -> count <= 1 ? null : count - 1);
    }

    /**
     * The waits in force for a name at an address, or, with checks in flight added, the waits there would be if they
     * all failed now.
     */
    private Waits waits(NameAt attempt, Instant now, int moreHere, int moreForName, int moreForAddress) {
        return new Waits(waitOf(namesAtAddresses.get(attempt), moreHere, rules.failuresBeforeDelay(), now),
                waitOf(names.get(attempt.name()), moreForName, rules.nameFailuresBeforeDelay(), now),
                addressWait(attempt.address(), moreForAddress, now));
    }

    private Duration waitOf(Failures entry, int more, int limit, Instant now) {
        int count = (live(entry, now) ? entry.count() : 0) + more;
        if (count == 0) {
            return Duration.ZERO;
        }
        Instant last = more > 0 ? now : entry.last();
        Instant until = last.plus(rules.delayAfter(count, limit));
        return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }

    private boolean live(Failures entry, Instant now) {
        return entry != null && now.isBefore(entry.last().plus(rules.memory()));
    }

    private <K> void count(BoundedMemory<K, Failures> memory, K key, Instant now) {
        Failures entry = memory.get(key);
        memory.put(key, new Failures(live(entry, now) ? entry.count() + 1 : 1, now));
    }

    /**
     * An address's failures as a backlog of time: each adds its weight ({@code forgetAfter / limit}), time drains it.
     * Once more than {@code limit - 1} weights are waiting, the next attempt waits for the excess to drain.
     */
    private Duration addressWait(String address, int more, Instant now) {
        if (rules.addressFailuresBeforeDelay() == 0) {
            return Duration.ZERO;
        }
        Duration backlog = backlog(address, now).plus(rules.addressFailureWeight().multipliedBy(more));
        Duration excess = backlog.minus(addressAllowance());
        return excess.isNegative() || excess.isZero() ? Duration.ZERO : excess;
    }

    private Duration backlog(String address, Instant now) {
        Backlog entry = addresses.get(address);
        if (entry == null) {
            return Duration.ZERO;
        }
        Duration left = entry.backlog().minus(Duration.between(entry.at(), now));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** The backlog an address may have without waiting: {@code limit - 1} failures' weight. */
    private Duration addressAllowance() {
        return rules.forgetAfter().minus(rules.addressFailureWeight());
    }

    /** Failures checked side by side can overshoot the allowance; still no wait longer than the longest. */
    private Duration mostBacklog() {
        return addressAllowance().plus(rules.maxDelay());
    }

    private record NameAt(String name, String address) {
    }

    private record Failures(int count, Instant last) {
    }

    private record Backlog(Duration backlog, Instant at) {
    }

    /** The checks in flight of one name at one address, and how many of them are held against the address. */
    private record InFlight(int checks, int onAddress) {

        static final InFlight NONE = new InFlight(0, 0);

        InFlight plus(int onAddress) {
            return new InFlight(checks + 1, this.onAddress + onAddress);
        }

        InFlight minus() {
            return new InFlight(checks - 1, Math.max(0, onAddress - 1));
        }
    }

    /** The waits in force for one name at one address: its own, the name's, and the address's. */
    private record Waits(Duration nameAtAddress, Duration name, Duration address) {

        boolean any() {
            return !nameAtAddress.isZero() || !name.isZero() || !address.isZero();
        }

        /** The longest of them, said to be the network's when the address's is the longest. */
        SignInRefusal refusal() {
            Duration forName = nameAtAddress.compareTo(name) >= 0 ? nameAtAddress : name;
            boolean forAddress = address.compareTo(forName) > 0;
            return new SignInRefusal(forAddress, forAddress ? address : forName);
        }
    }
}
