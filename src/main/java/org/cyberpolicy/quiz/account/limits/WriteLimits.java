package org.cyberpolicy.quiz.account.limits;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.cyberpolicy.quiz.Refusal;

/**
 * What one account may write per minute, per {@link Write kind}: the services that write for a student spend from
 * here before they touch the database, so the pages and the API share one allowance and a refused write costs no
 * write. A student never meets the limits by answering; a script that saves in a loop gets 429 with
 * {@code Retry-After}, and the database stops growing at its pace. Staff writes are spent by two request filters
 * ({@code web.people.PeopleWriteLimit}, {@code web.StaffWriteLimit}), so that no staff endpoint can forget them.
 * <p>
 * In memory, per instance: behind several instances each keeps its own count (docs/deploy.md).
 */
@ApplicationScoped
public class WriteLimits {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final Map<Write, TokenBuckets<Long>> allowances = new EnumMap<>(Write.class);

    @Inject
    WriteLimits(WriteLimitsConfig config) {
        this(config, Instant::now);
    }

    WriteLimits(WriteLimitsConfig config, Supplier<Instant> clock) {
        allowances.put(Write.SAVE, new TokenBuckets<>(config.savesPerMinute(), MINUTE, config.maxTracked(), clock));
        allowances.put(Write.START, new TokenBuckets<>(config.startsPerMinute(), MINUTE, config.maxTracked(), clock));
        allowances.put(Write.TRAINING,
                new TokenBuckets<>(config.trainingPerMinute(), MINUTE, config.maxTracked(), clock));
        allowances.put(Write.OWN_DATA,
                new TokenBuckets<>(config.ownDataPerMinute(), MINUTE, config.maxTracked(), clock));
        allowances.put(Write.PEOPLE, new TokenBuckets<>(config.peoplePerMinute(), MINUTE, config.maxTracked(), clock));
        allowances.put(Write.STAFF, new TokenBuckets<>(config.staffPerMinute(), MINUTE, config.maxTracked(), clock));
    }

    /**
     * Takes one write of this kind from the account's allowance.
     *
     * @throws Refusal too many ({@code 429}), with the wait, when the allowance is spent; nothing was written
     */
    public void spend(long accountId, Write kind) {
        allowances.get(kind).take(accountId).ifPresent(wait -> {
            long seconds = Refusal.seconds(wait);
            throw Refusal.tooMany("Too many " + kind.plural() + " in a short time: nothing was changed. Try again in"
                    + " about " + seconds + (seconds == 1 ? " second." : " seconds."), wait);
        });
    }
}
