package org.cyberpolicy.quiz.training;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What "mastery" means on the progress pages: the chance, as FSRS predicts it, that the student would still recall
 * the fact at a horizon (a week from now, or the course's exam day while it lies ahead) without training it again.
 * A fact not met counts 0, and so does a fact whose last answer was wrong or "I don't know" until it is answered
 * right again: FSRS's forgetting curve is flat enough to predict a fair chance of recall a week after a miss, which a
 * student would read as "I know this".
 *
 * @param at      the moment mastery looks ahead to
 * @param examDay the exam day when {@code at} is the start of it, empty when {@code at} is the horizon from now
 */
public record Mastery(FsrsScheduler scheduler, Instant at, Optional<LocalDate> examDay) {

    /** Mastery as of {@code now}: looking ahead to the exam day while it is in the future, else by the horizon. */
    static Mastery asOf(Instant now, FsrsScheduler scheduler, TrainingConfig config) {
        return asOf(now, scheduler, config.zone(), config.masteryHorizon(), config.examDate());
    }

    static Mastery asOf(Instant now, FsrsScheduler scheduler, ZoneId zone, Duration horizon,
            Optional<LocalDate> examDate) {
        Optional<LocalDate> exam = examDate.filter(day -> day.atStartOfDay(zone).toInstant().isAfter(now));
        Instant at = exam.map(day -> day.atStartOfDay(zone).toInstant()).orElse(now.plus(horizon));
        return new Mastery(scheduler, at, exam);
    }

    /** The mastery of a fact with this memory, last graded {@code lastGrade}; empty memory: not met. */
    public double of(Optional<Memory> memory, Optional<Grade> lastGrade) {
        if (memory.isEmpty() || lastGrade.filter(grade -> grade == Grade.AGAIN).isPresent()) {
            return 0;
        }
        return scheduler.retrievability(memory.get(), at);
    }

    double of(FactMemory row) {
        return of(Optional.of(row.memory()), Optional.ofNullable(row.lastGrade));
    }
}
