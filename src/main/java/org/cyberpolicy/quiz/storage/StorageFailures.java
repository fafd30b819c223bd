package org.cyberpolicy.quiz.storage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The last write the database refused for lack of storage, so that readiness can report it: once H2 fails to write
 * its file it closes the store, and every later request fails until the app is restarted with space.
 */
@ApplicationScoped
public class StorageFailures {

    /** How long after the last failure readiness stays DOWN; requests that keep failing keep it DOWN. */
    static final Duration REMEMBERED = Duration.ofMinutes(1);

    /** When and why. */
    public record Seen(Instant at, String reason) {
    }

    private final AtomicReference<Seen> last = new AtomicReference<>();
    private final Clock clock = Clock.systemUTC();

    public void record(Throwable storageFailure) {
        String reason = storageFailure.getMessage() == null ? storageFailure.getClass().getSimpleName()
                : storageFailure.getMessage();
        last.set(new Seen(clock.instant(), reason));
    }

    /** The last failure, if it happened within {@link #REMEMBERED}. */
    public Optional<Seen> recent() {
        Seen seen = last.get();
        if (seen == null || seen.at().isBefore(clock.instant().minus(REMEMBERED))) {
            return Optional.empty();
        }
        return Optional.of(seen);
    }
}
