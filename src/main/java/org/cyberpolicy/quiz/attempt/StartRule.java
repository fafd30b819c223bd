package org.cyberpolicy.quiz.attempt;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a student may start a new attempt now as far as time goes: not before the quiz opens for them, not from
 * its close on, and not before the quiz's delay between two attempts has passed since their last one ended.
 */
public final class StartRule {

    private StartRule() {
    }

    /** Why not, in words for the student; empty when the times allow a start. */
    public static Optional<String> refusal(String title, Optional<Instant> opens, Optional<Instant> closes,
            Optional<Duration> delay, Optional<Instant> lastFinished, Instant now) {
        if (opens.isPresent() && now.isBefore(opens.get())) {
            return Optional.of("\u201c" + title + "\u201d opens at " + Moments.readable(opens.get())
                    + "; no attempt can start before then.");
        }
        if (closes.isPresent() && !now.isBefore(closes.get())) {
            return Optional.of("\u201c" + title + "\u201d closed at " + Moments.readable(closes.get())
                    + "; no attempt can start any more.");
        }
        if (delay.isPresent() && lastFinished.isPresent() && now.isBefore(lastFinished.get().plus(delay.get()))) {
            return Optional.of("Your next attempt at \u201c" + title + "\u201d can start at "
                    + Moments.readable(lastFinished.get().plus(delay.get())) + ": the quiz asks for a pause between"
                    + " two attempts.");
        }
        return Optional.empty();
    }
}
