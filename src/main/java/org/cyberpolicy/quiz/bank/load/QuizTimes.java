package org.cyberpolicy.quiz.bank.load;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.QuizTime;

/** Reads the date-times of {@code opens} and {@code closes}: ISO-8601, with an offset or without (local). */
final class QuizTimes {

    private QuizTimes() {
    }

    /** {@code 2026-12-01T09:00:00+01:00}, {@code 2026-12-01T08:00Z} or {@code 2026-12-01T09:00}; a space for the T. */
    static Optional<QuizTime> parse(String text) {
        String iso = text.strip().replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) (\\d)", "$1T$2");
        try {
            OffsetDateTime withOffset = OffsetDateTime.parse(iso);
            return Optional.of(new QuizTime(withOffset.toLocalDateTime(), Optional.of(withOffset.getOffset())));
        } catch (DateTimeParseException notWithOffset) {
            try {
                return Optional.of(new QuizTime(LocalDateTime.parse(iso), Optional.empty()));
            } catch (DateTimeParseException notLocal) {
                return Optional.empty();
            }
        }
    }
}
