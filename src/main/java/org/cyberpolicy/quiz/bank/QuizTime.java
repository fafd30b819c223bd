package org.cyberpolicy.quiz.bank;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A moment written in the bank ({@code opens}, {@code closes}): a date-time with an offset is one instant; a local
 * date-time is read in the course's zone ({@code quiz.course.time-zone}) when it is used, so that the bank does not depend on
 * the server's settings to be valid.
 */
public record QuizTime(LocalDateTime local, Optional<ZoneOffset> offset) {

    public static QuizTime of(Instant instant) {
        return new QuizTime(LocalDateTime.ofInstant(instant, ZoneOffset.UTC), Optional.of(ZoneOffset.UTC));
    }

    /** The instant, with a local date-time read in {@code zone}. */
    public Instant in(ZoneId zone) {
        return offset.map(o -> local.toInstant(o)).orElseGet(() -> local.atZone(zone).toInstant());
    }
}
