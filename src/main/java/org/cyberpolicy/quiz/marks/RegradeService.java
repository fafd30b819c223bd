package org.cyberpolicy.quiz.marks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.attempt.AnswerClock;
import org.cyberpolicy.quiz.attempt.Attempt;
import org.cyberpolicy.quiz.attempt.AttemptQuestion;
import org.cyberpolicy.quiz.attempt.AttemptState;
import org.cyberpolicy.quiz.attempt.FrozenQuestions;
import org.cyberpolicy.quiz.attempt.GradeChanged;
import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.engine.FrozenQuestion;
import org.cyberpolicy.quiz.engine.PresentedQuestion;
import org.cyberpolicy.quiz.engine.Response;
import org.cyberpolicy.quiz.engine.ResponseCodec;

/**
 * Regrading graded attempts after the bank in service corrected a question: a dry run that changes nothing, and an
 * apply that does the same in one transaction, attempt by attempt under each attempt's row lock, reading the marks
 * again there. What an instructor marked by hand meanwhile is then what the regrade starts from, and in
 * {@code new-key} mode a mark already changed under the current key (by hand, or by an earlier regrade) is left as
 * it is: the regrade never undoes an instructor's judgement of the corrected question, and a second run changes
 * nothing. Also tells the dashboard which graded attempts used an older version of their questions.
 */
@ApplicationScoped
public class RegradeService {

    /** One question's mark in a regrade: before and after, and whether it still counts. */
    public record QuestionChange(String questionId, int position, BigDecimal oldScore, BigDecimal newScore,
            boolean counted) {
    }

    /** One attempt in a regrade's table. */
    public record AttemptRegrade(long attemptId, String quizId, String quizTitle, long accountId, String username,
            String displayName, int number, BigDecimal oldScore, BigDecimal newScore, BigDecimal oldMaxScore,
            BigDecimal newMaxScore, BigDecimal originalScore, List<QuestionChange> changes,
            List<RegradePlan.Problem> problems) {

        public boolean changed() {
            return !changes.isEmpty();
        }
    }

    /** What a regrade did, or would do ({@code applied} false: a dry run). */
    public record Report(MarkKind mode, List<String> questions, List<AttemptRegrade> attempts, boolean applied) {

        public long changedAttempts() {
            return attempts.stream().filter(AttemptRegrade::changed).count();
        }

        public long changedMarks() {
            return attempts.stream().mapToLong(a -> a.changes().size()).sum();
        }

        public long problems() {
            return attempts.stream().mapToLong(a -> a.problems().size()).sum();
        }
    }

    /**
     * The graded attempts of a quiz whose questions the bank has corrected since: how many questions, attempts and
     * marks a {@code new-key} regrade would change, and how many responses it cannot regrade.
     */
    public record Staleness(String quizId, String quizTitle, List<String> questionIds, int attempts,
            int marksWouldChange, int problems) {
    }

    private final CurrentBank currentBank;
    private final FrozenQuestions frozenQuestions;
    private final AnswerClock clock;
    private final ResponseCodec responses = new ResponseCodec();

    private final Event<GradeChanged> gradeChanged;

    RegradeService(CurrentBank currentBank, FrozenQuestions frozenQuestions, AnswerClock clock,
            Event<GradeChanged> gradeChanged) {
        this.gradeChanged = gradeChanged;
        this.currentBank = currentBank;
        this.frozenQuestions = frozenQuestions;
        this.clock = clock;
    }

    /**
     * Regrades questions of a quiz's graded attempts; no question named means those the bank changed since.
     *
     * @throws Refusal not found for a quiz neither in the bank nor attempted; invalid for a question its attempts never
     *                 showed
     */
    @Transactional
    @RolesAllowed(Account.INSTRUCTOR)
    public Report quiz(long instructorId, String quizId, List<String> questions, MarkKind mode, boolean dryRun,
            String comment) {
        Bank bank = currentBank.get();
        Set<String> shown = shownAt(quizId);
        if (bank.quiz(quizId).isEmpty() && shown.isEmpty()) {
            throw Refusal.notFound("There is no quiz '" + quizId + "'.");
        }
        Set<String> selected = new LinkedHashSet<>();
        if (questions == null || questions.isEmpty()) {
            stale(bank, Optional.of(quizId)).stream().findFirst().ifPresent(s -> selected.addAll(s.questionIds()));
        } else {
            List<String> unknown = questions.stream().filter(id -> !shown.contains(id)).toList();
            if (!unknown.isEmpty()) {
                throw Refusal.invalid("No attempt at quiz '" + quizId + "' showed " + String.join(", ", unknown)
                        + ".");
            }
            selected.addAll(questions);
        }
        return run(bank, instructorId, attemptIds(Optional.of(quizId), selected), selected, mode, dryRun, comment);
    }

    /**
     * Regrades every question of the bank in service that derives from a fact, in the graded attempts of every quiz.
     *
     * @throws Refusal not found for a fact the bank in service does not have
     */
    @Transactional
    @RolesAllowed(Account.INSTRUCTOR)
    public Report fact(long instructorId, String factId, MarkKind mode, boolean dryRun, String comment) {
        Bank bank = currentBank.get();
        if (!bank.facts().containsKey(factId)) {
            throw Refusal.notFound("The bank in service has no fact '" + factId + "'.");
        }
        Set<String> selected = new LinkedHashSet<>();
        bank.questions().values().stream().filter(q -> q.info().factIds().contains(factId))
                .forEach(q -> selected.add(q.id()));
        return run(bank, instructorId, attemptIds(Optional.empty(), selected), selected, mode, dryRun, comment);
    }

    /** The questions the attempts at a quiz showed, by bank id, in alphabetical order. */
    @Transactional
    @RolesAllowed(Account.INSTRUCTOR)
    public List<String> questionsShown(String quizId) {
        return List.copyOf(shownAt(quizId));
    }

    private static Set<String> shownAt(String quizId) {
        return new TreeSet<>(Attempt.getEntityManager().createQuery(
                "select distinct q.questionId from AttemptQuestion q where q.attempt.quizId = ?1", String.class)
                .setParameter(1, quizId).getResultList());
    }

    /** Every quiz with graded attempts that used an older version of a question, in the order of the quizzes. */
    @Transactional
    @RolesAllowed(Account.INSTRUCTOR)
    public List<Staleness> stale() {
        return stale(currentBank.get(), Optional.empty());
    }

    private Report run(Bank bank, long instructorId, List<Long> attemptIds, Set<String> selected, MarkKind mode,
            boolean dryRun, String comment) {
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (note != null && note.length() > MarkService.COMMENT_LIMIT) {
            throw Refusal.invalid("A comment holds at most " + MarkService.COMMENT_LIMIT + " characters.");
        }
        Account by = dryRun ? null : Account.findById(instructorId);
        Instant now = clock.now();
        Map<String, Set<Long>> reviewed = new HashMap<>();
        List<AttemptRegrade> table = new ArrayList<>();
        // In the order of their ids, so that two regrades at once lock attempts in the same order and wait, not
        // deadlock.
        for (long attemptId : attemptIds) {
            Attempt attempt = dryRun ? Attempt.findById(attemptId)
                    : Attempt.findById(attemptId, LockModeType.PESSIMISTIC_WRITE);
            List<AttemptQuestion> rows = dryRun ? AttemptQuestion.list("attempt = ?1 order by position", attempt)
                    : AttemptQuestion.markedOf(attempt);
            Map<Long, FrozenQuestion> frozen = frozenQuestions.of(rows);
            Map<Long, AttemptQuestion> byId = new LinkedHashMap<>();
            rows.forEach(row -> byId.put(row.id, row));
            Predicate<RegradePlan.Row> applies = row -> selected.contains(row.questionId())
                    && (mode != MarkKind.NEW_KEY || needsNewKey(bank, frozen.get(row.rowId()), row, reviewed));
            RegradePlan plan = RegradePlan.of(rows.stream().map(RegradeService::row).toList(), applies, mode,
                    row -> newKey(bank, byId.get(row.rowId()), frozen.get(row.rowId())));
            List<QuestionChange> changes = new ArrayList<>();
            plan.changes().forEach((rowId, target) -> {
                AttemptQuestion changed = byId.get(rowId);
                changes.add(new QuestionChange(changed.questionId, changed.position, changed.score, target.score(),
                        target.counted()));
            });
            changes.sort((a, b) -> Integer.compare(a.position(), b.position()));
            BigDecimal original = attempt.originalScore == null ? attempt.score : attempt.originalScore;
            if (!dryRun) {
                for (QuestionChange change : changes) {
                    AttemptQuestion row = rows.stream().filter(r -> r.position == change.position()).findFirst()
                            .orElseThrow();
                    String keyVersion = bank.question(row.questionId).map(AnswerKeys::fingerprint).orElse(null);
                    MarkLedger.change(attempt, rows, row, change.newScore(), change.counted(), mode, note, by, now,
                            keyVersion);
                }
                if (!changes.isEmpty()) {
                    gradeChanged.fire(new GradeChanged(attempt.account.id, attempt.quizId,
                            GradeChanged.Reason.REGRADED));
                }
            }
            table.add(new AttemptRegrade(attempt.id, attempt.quizId, attempt.quizTitle, attempt.account.id,
                    attempt.account.username, attempt.account.displayName, attempt.number, plan.oldScore(),
                    plan.newScore(), plan.oldMax(), plan.newMax(), original, changes, plan.problems()));
        }
        return new Report(mode, List.copyOf(selected), table, !dryRun);
    }

    /**
     * Whether {@code new-key} has something to do for a row: its question's key changed since the attempt froze it,
     * and no mark of it has been changed under the current key yet.
     */
    private static boolean needsNewKey(Bank bank, FrozenQuestion frozen, RegradePlan.Row row,
            Map<String, Set<Long>> reviewed) {
        Optional<Question> current = bank.question(row.questionId());
        if (current.isEmpty()) {
            return true;
        }
        if (AnswerKeys.sameKey(frozen.presented().question(), current.get())) {
            return false;
        }
        String key = AnswerKeys.fingerprint(current.get());
        return !reviewed.computeIfAbsent(row.questionId() + "\u0000" + key,
                k -> new HashSet<>(MarkChange.reviewedUnder(row.questionId(), key))).contains(row.rowId());
    }

    private Regrader.Outcome newKey(Bank bank, AttemptQuestion row, FrozenQuestion frozen) {
        PresentedQuestion shown = frozen.presented();
        Optional<Response> response = Optional.ofNullable(row.response)
                .map(json -> responses.fromStorage(shown, json));
        return Regrader.newKey(shown, bank.question(row.questionId), response, row.points);
    }

    private static RegradePlan.Row row(AttemptQuestion row) {
        return new RegradePlan.Row(row.id, row.questionId, row.position, row.points, row.score, row.counted);
    }

    /** The graded attempts that showed any of the questions, in the order of their ids. */
    private static List<Long> attemptIds(Optional<String> quizId, Set<String> questionIds) {
        if (questionIds.isEmpty()) {
            return List.of();
        }
        var query = Attempt.getEntityManager().createQuery("select distinct q.attempt.id from AttemptQuestion q"
                + " where q.attempt.state in ?1 and q.questionId in ?2"
                + (quizId.isPresent() ? " and q.attempt.quizId = ?3" : "") + " order by q.attempt.id", Long.class)
                .setParameter(1, AttemptState.GRADED).setParameter(2, questionIds);
        quizId.ifPresent(id -> query.setParameter(3, id));
        return query.getResultList();
    }

    private List<Staleness> stale(Bank bank, Optional<String> quizId) {
        // Attempts drawn from the bank in service froze exactly its questions: only older ones can be stale.
        String query = "attempt.state in ?1 and attempt.bankVersion <> ?2"
                + (quizId.isPresent() ? " and attempt.quizId = ?3" : "")
                + " order by attempt.quizId, attempt.id, position";
        List<AttemptQuestion> rows = quizId.isPresent()
                ? AttemptQuestion.list(query, AttemptState.GRADED, bank.version(), quizId.get())
                : AttemptQuestion.list(query, AttemptState.GRADED, bank.version());
        Map<Long, FrozenQuestion> frozen = frozenQuestions.of(rows);
        Map<String, Set<Long>> reviewed = new HashMap<>();
        Map<String, StaleCount> byQuiz = new LinkedHashMap<>();
        for (AttemptQuestion row : rows) {
            FrozenQuestion question = frozen.get(row.id);
            if (bank.question(row.questionId).isEmpty() || !needsNewKey(bank, question, row(row), reviewed)) {
                continue;
            }
            StaleCount count = byQuiz.computeIfAbsent(row.attempt.quizId,
                    id -> new StaleCount(row.attempt.quizTitle));
            count.questions.add(row.questionId);
            count.attempts.add(row.attempt.id);
            Regrader.Outcome outcome = newKey(bank, row, question);
            if (outcome instanceof Regrader.Outcome.Graded graded) {
                if (graded.score().compareTo(row.score) != 0 || !row.counted) {
                    count.marks++;
                }
            } else {
                count.problems++;
            }
        }
        List<Staleness> stale = new ArrayList<>();
        byQuiz.forEach((id, count) -> stale.add(new Staleness(id,
                bank.quiz(id).map(q -> q.title()).orElse(count.title), List.copyOf(count.questions),
                count.attempts.size(), count.marks, count.problems)));
        return stale;
    }

    private static final class StaleCount {
        final String title;
        final Set<String> questions = new TreeSet<>();
        final Set<Long> attempts = new HashSet<>();
        int marks;
        int problems;

        StaleCount(String title) {
            this.title = title;
        }
    }
}
