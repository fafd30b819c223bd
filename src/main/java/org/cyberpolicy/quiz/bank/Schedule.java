package org.cyberpolicy.quiz.bank;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a quiz takes attempts: from {@code opens}, until {@code closes} (open attempts are graded then), and how long a
 * student waits between two attempts ({@code attempt-delay}). Each is optional: no {@code opens} is open at once, no
 * {@code closes} is open for ever.
 */
public record Schedule(Optional<QuizTime> opens, Optional<QuizTime> closes, Optional<Duration> attemptDelay) {

    public static final Schedule ALWAYS = new Schedule(Optional.empty(), Optional.empty(), Optional.empty());

    public Optional<Instant> opensAt(ZoneId zone) {
        return opens.map(time -> time.in(zone));
    }

    public Optional<Instant> closesAt(ZoneId zone) {
        return closes.map(time -> time.in(zone));
    }
}
