package org.cyberpolicy.quiz.web.format;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.cyberpolicy.quiz.training.Mastery;

/** When mastery looks ahead to, in words that follow "recall": "in 7 days", or "on the exam day, 12 June 2027". */
public final class Horizon {

    private static final DateTimeFormatter EXAM_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Horizon() {
    }

    public static String of(Mastery mastery, Instant now) {
        return mastery.examDay().map(day -> "on the exam day, " + EXAM_DAY.format(day))
                .orElseGet(() -> Times.until(now, mastery.at()));
    }
}
