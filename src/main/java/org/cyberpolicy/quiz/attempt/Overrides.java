package org.cyberpolicy.quiz.attempt;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.Quiz;

/**
 * Accommodations and exceptions per student and quiz ({@link QuizOverride}): granted, listed and removed by
 * instructors, from the pages and the API alike. A change counts at once: the student's open attempt at the quiz gets
 * its new deadline in the same transaction ({@link Deadlines}).
 */
@ApplicationScoped
@RolesAllowed({ Account.INSTRUCTOR, Account.ASSISTANT })
public class Overrides {

    /** Where an override stands, for the pages and the API. */
    public record Granted(String username, String displayName, long accountId, String quizId, Allowance allowance,
            String grantedBy, Instant updatedAt) {

        static Granted of(QuizOverride o) {
            return new Granted(o.account.username, o.account.displayName, o.account.id, o.quizId, o.allowance(),
                    o.grantedBy, o.updatedAt);
        }
    }

    private final CurrentBank currentBank;
    private final Deadlines deadlines;
    private final CourseTimeConfig time;
    private final AnswerClock clock;

    Overrides(CurrentBank currentBank, Deadlines deadlines, CourseTimeConfig time, AnswerClock clock) {
        this.currentBank = currentBank;
        this.deadlines = deadlines;
        this.time = time;
        this.clock = clock;
    }

    /** The overrides of a quiz, by username; 404 for a quiz that is not in the bank. */
    @Transactional
    public List<Granted> ofQuiz(String quizId) {
        quiz(quizId);
        return QuizOverride.ofQuiz(quizId).stream().map(Granted::of).toList();
    }

    /** The overrides of one student, by quiz. */
    @Transactional
    public List<Granted> ofAccount(long accountId) {
        return QuizOverride.ofAccount(accountId).stream().map(Granted::of).toList();
    }

    /**
     * Grants (or replaces) what a student is allowed for a quiz, and moves their open attempt's deadline at once.
     *
     * @throws Refusal 404 for an unknown quiz or student, 400 listing every problem of the request
     */
    @Transactional
    public Granted grant(String quizId, String username, OverrideRequest request, String instructor) {
        Quiz quiz = quiz(quizId);
        Account student = student(username);
        List<String> problems = new ArrayList<>();
        request.extraMinutes().filter(m -> m < 0).ifPresent(m -> problems.add("extraMinutes must be 0 or more, not "
                + m));
        request.extraMinutes().filter(m -> m > 100_000).ifPresent(m -> problems.add("extraMinutes must be at most"
                + " 100000, not " + m));
        request.timeFactor().filter(f -> f.compareTo(BigDecimal.ONE) < 0 || f.compareTo(BigDecimal.valueOf(100)) > 0)
                .ifPresent(f -> problems.add("timeFactor must be from 1 to 100 (1.5 is half as much time again), not "
                        + f.toPlainString()));
        request.timeFactor().filter(f -> f.stripTrailingZeros().scale() > 3)
                .ifPresent(f -> problems.add("timeFactor has at most 3 decimals, not " + f.toPlainString()));
        request.extraAttempts().filter(a -> a < 0 || a > 1000).ifPresent(a -> problems.add("extraAttempts must be"
                + " from 0 to 1000, not " + a));
        Optional<Instant> opens = request.opens().flatMap(text -> instant("opens", text, problems));
        Optional<Instant> closes = request.closes().flatMap(text -> instant("closes", text, problems));
        Optional<Instant> effectiveOpens = opens.or(() -> quiz.schedule().opensAt(time.timeZone()));
        if (closes.isPresent() && effectiveOpens.isPresent() && !closes.get().isAfter(effectiveOpens.get())) {
            problems.add("closes (" + closes.get() + ") must come after opens (" + effectiveOpens.get() + ")");
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid("The override was not saved: " + String.join("; ", problems) + ".", problems);
        }
        QuizOverride override = QuizOverride.of(student.id, quizId).orElseGet(() -> {
            QuizOverride created = new QuizOverride();
            created.account = student;
            created.quizId = quizId;
            return created;
        });
        override.extraMinutes = request.extraMinutes().orElse(null);
        override.timeFactor = request.timeFactor().orElse(null);
        override.extraAttempts = request.extraAttempts().orElse(null);
        override.opens = opens.orElse(null);
        override.closes = closes.orElse(null);
        override.grantedBy = instructor;
        override.updatedAt = clock.now();
        override.persist();
        QuizOverride.flush();
        deadlines.update(student.id, quizId);
        return Granted.of(override);
    }

    /** Removes a student's override, if any (their open attempt's deadline goes back); whether there was one. */
    @Transactional
    public boolean remove(String quizId, String username) {
        quiz(quizId);
        Account student = student(username);
        Optional<QuizOverride> override = QuizOverride.of(student.id, quizId);
        override.ifPresent(o -> {
            o.delete();
            QuizOverride.flush();
            deadlines.update(student.id, quizId);
        });
        return override.isPresent();
    }

    private Quiz quiz(String quizId) {
        return currentBank.get().quiz(quizId).orElseThrow(() -> Refusal.notFound("There is no quiz '" + quizId
                + "' in the bank."));
    }

    private static Account student(String username) {
        return Account.findByUsername(username.strip().toLowerCase(Locale.ROOT))
                .filter(a -> Account.STUDENT.equals(a.role))
                .orElseThrow(() -> Refusal.notFound("There is no student '" + username + "'."));
    }

    /** An ISO-8601 date-time with an offset, or a local one in the course's zone. */
    private Optional<Instant> instant(String field, String text, List<String> problems) {
        String iso = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(iso).toInstant());
        } catch (DateTimeParseException withoutOffset) {
            try {
                return Optional.of(LocalDateTime.parse(iso).atZone(time.timeZone()).toInstant());
            } catch (DateTimeParseException notLocal) {
                problems.add(field + " must be an ISO-8601 date and time such as 2026-12-01T09:00:00Z, not '" + text
                        + "'");
                return Optional.empty();
            }
        }
    }
}
