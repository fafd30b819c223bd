package org.cyberpolicy.quiz.lti;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.attempt.Attempt;
import org.cyberpolicy.quiz.attempt.GradeChanged;
import org.cyberpolicy.quiz.attempt.Standings;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.Quiz;
import org.cyberpolicy.quiz.export.GradingMethod;
import org.jboss.logging.Logger;

/**
 * Grade passback's outbox (AGS 2.0 score service): when a student's grade at a quiz changes, and the student is a
 * platform's user whose course has a link to that quiz with a line item (and the score scope granted), the quiz's
 * counted score (by its grading method, as the gradebook export counts it) is written as a waiting
 * {@link LtiGradeSend} in the same transaction, superseding any older score for that line item not sent yet.
 * {@link GradeSender} sends it after the commit and retries it until it is sent or given up.
 */
@ApplicationScoped
public class GradePassback {

    private static final Logger LOG = Logger.getLogger(GradePassback.class);
    /** Why a score earned before its link had a line item is sent: the line item was found or made. */
    static final String EARLIER_SCORE = "line item made";

    private final GradesConfig config;
    private final LtiLinks links;
    private final CurrentBank bank;
    private final Standings standings;
    private final TransactionSynchronizationRegistry transactions;
    private final GradeSender sender;
    private final Clock clock = Clock.systemUTC();

    GradePassback(GradesConfig config, LtiLinks links, CurrentBank bank, Standings standings,
            TransactionSynchronizationRegistry transactions, GradeSender sender) {
        this.config = config;
        this.links = links;
        this.bank = bank;
        this.standings = standings;
        this.transactions = transactions;
        this.sender = sender;
    }

    /** The latest score of a student and line item, for the instructor: who, which quiz, where it stands. */
    public record GradeView(long id, String username, String displayName, String quizId, String lineitemUrl,
            String state, BigDecimal scoreGiven, BigDecimal scoreMaximum, String activityProgress,
            String gradingProgress, String reason, Instant scoredAt, int tries, Instant nextTryAt, Instant sentAt,
            Integer lastStatus, String lastAnswer) {

        /** The score as the page writes it ({@code 7.5 / 10}), or empty without one. */
        public String scoreText() {
            return scoreGiven == null || scoreMaximum == null ? ""
                    : scoreGiven.stripTrailingZeros().toPlainString() + " / "
                            + scoreMaximum.stripTrailingZeros().toPlainString();
        }

        static GradeView of(LtiGradeSend row, Account account) {
            return new GradeView(row.id, account == null ? "?" : account.username,
                    account == null ? "?" : account.displayName, row.quizId, row.lineitemUrl, row.state,
                    row.scoreGiven, row.scoreMaximum, row.activityProgress, row.gradingProgress, row.reason,
                    row.scoredAt, row.tries, row.nextTryAt, row.sentAt, row.lastStatus, row.lastAnswer);
        }
    }

    /** The latest score of every student and line item, newest first (at most 1000). */
    @Transactional
    public List<GradeView> latest() {
        return LtiGradeSend.latest(1000).stream()
                .map(row -> GradeView.of(row, Account.<Account>findById(row.accountId))).toList();
    }

    /** One score as {@link #latest()} shows it. */
    @Transactional
    public GradeView view(long id) {
        LtiGradeSend row = LtiGradeSend.findById(id);
        if (row == null) {
            throw Refusal.notFound("There is no grade send " + id + ".");
        }
        return GradeView.of(row, Account.findById(row.accountId));
    }

    /** What a student's score at a quiz is now, as AGS says it. */
    record Counted(Optional<BigDecimal> given, Optional<BigDecimal> maximum, String activityProgress,
            String gradingProgress) {
    }

    /** In the transaction that changed the grade. */
    void onGradeChanged(@Observes GradeChanged change) {
        if (!config.enabled()) {
            return;
        }
        Optional<LtiUser> user = LtiUser.findByAccount(change.accountId());
        if (user.isEmpty()) {
            return;
        }
        List<LtiLinks.GradedLink> graded = links.gradedLinks(user.get().id, user.get().issuer, change.quizId());
        if (graded.isEmpty()) {
            return;
        }
        Optional<Counted> counted;
        try {
            counted = counted(change.accountId(), change.quizId());
        } catch (RuntimeException e) {
            if (e instanceof jakarta.persistence.PersistenceException) {
                throw e;
            }
            // A fault in counting must not refuse the student's submission: it is logged, and the next grade change
            // of the student at the quiz (or an instructor's regrade) queues the score again.
            LOG.errorf(e, "LTI grades: the score of account %d at %s could not be counted and was not queued",
                    change.accountId(), change.quizId());
            return;
        }
        if (counted.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Set<String> lineitems = new HashSet<>();
        for (LtiLinks.GradedLink link : graded) {
            if (link.scopes().contains(AgsEndpoint.SCORE_SCOPE) && lineitems.add(link.lineitemUrl())) {
                write(change.accountId(), user.get().subject, link.issuer(), link.clientId(), change.quizId(),
                        link.lineitemUrl(), counted.get(), change.reason().label(), now);
            }
        }
        if (!lineitems.isEmpty()) {
            kickAfterCommit();
        }
    }

    /**
     * Queues the counted score of every student of the link's course who has an attempt at its quiz: the scores
     * earned before the link had a line item ({@link LineItems}). How many were queued.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public int queueEarlierScores(long linkId) {
        Optional<LtiLinks.GradedLink> found = links.graded(linkId);
        if (!config.enabled() || found.isEmpty() || !found.get().scopes().contains(AgsEndpoint.SCORE_SCOPE)) {
            return 0;
        }
        LtiLinks.GradedLink link = found.get();
        List<Object[]> students = LtiUser.getEntityManager().createNativeQuery("""
                select u.account_id, u.subject from lti_user u
                join lti_membership m on m.lti_user_id = u.id
                where u.issuer = ?1 and m.context_id = ?2 order by u.account_id""")
                .setParameter(1, link.issuer()).setParameter(2, link.contextId()).getResultList();
        Instant now = clock.instant();
        int queued = 0;
        for (Object[] student : students) {
            long accountId = ((Number) student[0]).longValue();
            Optional<Counted> counted = counted(accountId, link.quizId());
            if (counted.isPresent()) {
                write(accountId, (String) student[1], link.issuer(), link.clientId(), link.quizId(),
                        link.lineitemUrl(), counted.get(), EARLIER_SCORE, now);
                queued++;
            }
        }
        if (queued > 0) {
            kickAfterCommit();
        }
        return queued;
    }

    /**
     * Sends the score of a student and line item again: a waiting one at once, a sent, failed or superseded one as
     * a new score (the grade as it is now). In the caller's transaction.
     *
     * @throws Refusal not found for an unknown id; conflict while it is being sent
     */
    @Transactional
    public LtiGradeSend resend(long id) {
        LtiGradeSend row = LtiGradeSend.findById(id);
        if (row == null) {
            throw Refusal.notFound("There is no grade send " + id + ".");
        }
        Instant now = clock.instant();
        // A score of the student for the line item that waits already is sent at once rather than doubled, so that
        // clicking Resend again and again adds no rows.
        Optional<LtiGradeSend> waiting = LtiGradeSend.<LtiGradeSend>find("accountId = ?1 and lineitemUrl = ?2"
                + " and state = 'waiting' order by id desc", row.accountId, row.lineitemUrl).firstResultOptional();
        if (waiting.isPresent()) {
            LtiGradeSend.update("nextTryAt = ?1, version = version + 1 where id = ?2 and state = 'waiting'", now,
                    waiting.get().id);
            kickAfterCommit();
            return waiting.get();
        }
        if (LtiGradeSend.SENDING.equals(row.state) && row.claimedUntil != null && !row.claimedUntil.isAfter(now)) {
            // Its instance stopped while sending it: the sender takes it up again.
            kickAfterCommit();
            return row;
        }
        if (LtiGradeSend.SENDING.equals(row.state) && row.claimedUntil != null && row.claimedUntil.isAfter(now)) {
            throw Refusal.conflict("This score is being sent right now.");
        }
        Counted counted = counted(row.accountId, row.quizId).orElse(new Counted(Optional.ofNullable(row.scoreGiven),
                Optional.ofNullable(row.scoreMaximum), row.activityProgress, row.gradingProgress));
        LtiGradeSend fresh = write(row.accountId, row.userSub, row.issuer, row.clientId, row.quizId, row.lineitemUrl,
                counted, "resent", now);
        kickAfterCommit();
        return fresh;
    }

    private LtiGradeSend write(long accountId, String subject, String issuer, String clientId, String quizId,
            String lineitem, Counted counted, String reason, Instant now) {
        LtiGradeSend.update("state = 'superseded', version = version + 1, nextTryAt = null where accountId = ?1"
                + " and lineitemUrl = ?2 and state in ('waiting', 'failed')", accountId, lineitem);
        LtiGradeSend row = new LtiGradeSend();
        row.accountId = accountId;
        row.issuer = issuer;
        row.clientId = clientId;
        row.userSub = subject;
        row.quizId = quizId;
        row.lineitemUrl = lineitem;
        row.scoreGiven = counted.given().orElse(null);
        row.scoreMaximum = counted.maximum().orElse(null);
        row.activityProgress = counted.activityProgress();
        row.gradingProgress = counted.gradingProgress();
        row.scoredAt = now;
        row.reason = reason;
        row.state = LtiGradeSend.WAITING;
        row.tries = 0;
        row.nextTryAt = now;
        row.createdAt = now;
        row.version = 0;
        row.persist();
        return row;
    }

    /**
     * The student's counted score at the quiz now, over the graded attempts, by the quiz's grading method (a quiz no
     * longer in the bank by its highest, as the gradebook export does): the score and the attempts' maximum when they
     * share one, else the percentage out of 100. The activity is {@code InProgress} while an attempt is open,
     * {@code Completed} when no attempt is left, else {@code Submitted}; without a graded attempt the grading is
     * {@code Pending} and no score is given. Empty when the student has no attempt at all.
     */
    Optional<Counted> counted(long accountId, String quizId) {
        Account account = Account.findById(accountId);
        List<Attempt> attempts = Attempt.of(account, quizId);
        if (attempts.isEmpty()) {
            return Optional.empty();
        }
        Optional<Quiz> quiz = bank.get().quiz(quizId);
        List<GradingMethod.GradedAttempt> graded = attempts.stream()
                .filter(a -> a.state.graded() && a.score != null && a.maxScore != null)
                .map(a -> new GradingMethod.GradedAttempt(a.number, a.score, a.maxScore)).toList();
        boolean open = attempts.stream().anyMatch(Attempt::isOpen);
        String activity;
        if (open) {
            activity = "InProgress";
        } else if (quiz.isEmpty() || !standings.of(accountId, quiz.get(), attempts).canAttemptAgainAt(clock.instant())) {
            activity = "Completed";
        } else {
            activity = "Submitted";
        }
        Optional<GradingMethod.Grade> grade = GradingMethod.grade(quiz.map(Quiz::grading)
                .orElse(Quiz.Grading.HIGHEST), graded);
        if (grade.isEmpty()) {
            return Optional.of(new Counted(Optional.empty(), Optional.empty(), activity, "Pending"));
        }
        Set<BigDecimal> maxima = new HashSet<>();
        graded.forEach(a -> maxima.add(a.maxScore().stripTrailingZeros()));
        if (maxima.size() == 1) {
            return Optional.of(new Counted(Optional.of(grade.get().score()), Optional.of(graded.get(0).maxScore()),
                    activity, "FullyGraded"));
        }
        return Optional.of(new Counted(Optional.of(grade.get().percent()), Optional.of(BigDecimal.valueOf(100)),
                activity, "FullyGraded"));
    }

    /** Asks the sender to look at the outbox once this transaction has committed. */
    private void kickAfterCommit() {
        try {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        sender.kick();
                    }
                }
            });
        } catch (IllegalStateException noTransaction) {
            LOG.debug("no transaction to wait for: the scheduler sends the score");
        }
    }
}
