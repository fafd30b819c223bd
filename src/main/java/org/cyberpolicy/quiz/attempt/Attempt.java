package org.cyberpolicy.quiz.attempt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.cyberpolicy.quiz.account.Account;
import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One student's go at one quiz. It keeps its own frozen copy of every question it showed, the bank version it was
 * drawn from and the seed of its random order, so that it reads and grades the same whatever happens to the bank.
 */
@Entity
@Table(name = "attempt")
public class Attempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    public Account account;

    @Column(name = "quiz_id", nullable = false)
    public String quizId;

    @Column(name = "quiz_title", nullable = false)
    public String quizTitle;

    /** 1 for the student's first attempt at this quiz; unique per student and quiz, which caps attempts safely. */
    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public boolean practice;

    @Column(name = "bank_version", nullable = false)
    public String bankVersion;

    @Column(nullable = false)
    public long seed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttemptState state;

    /**
     * The quiz id while the attempt is open, null once it is closed: a unique key on (account, open quiz) lets the
     * database, not a race-prone check, guarantee one open attempt per student and quiz.
     */
    @Column(name = "open_quiz_id")
    public String openQuizId;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    /**
     * When answers stop being taken: the earlier of the start plus the time limit (as an accommodation stretches it)
     * and the quiz's closing time for the student; null when neither applies. {@link Deadlines} moves it.
     */
    public Instant deadline;

    /** The start plus the quiz's time limit as it was at the start, from which {@link #deadline} is worked out. */
    @Column(name = "base_deadline")
    public Instant baseDeadline;

    /** When the time limit started counting, if not at the start: an attempt reopened by an instructor. */
    @Column(name = "limit_started_at")
    public Instant limitStartedAt;

    /** From when {@link #baseDeadline} counts. */
    public Instant limitStart() {
        return limitStartedAt != null ? limitStartedAt : startedAt;
    }

    @Column(name = "finished_at")
    public Instant finishedAt;

    public BigDecimal score;

    @Column(name = "max_score", nullable = false)
    public BigDecimal maxScore;

    @Column(name = "pass_mark")
    public BigDecimal passMark;

    public Boolean passed;

    /** The score grading gave, kept the first time a mark of the attempt changes; null while it never did. */
    @Column(name = "original_score")
    public BigDecimal originalScore;

    /** The maximum before a regrade dropped a question, kept with {@link #originalScore}. */
    @Column(name = "original_max_score")
    public BigDecimal originalMaxScore;

    /**
     * How many times the answers of this open attempt have changed (saves and checks): what a rendered page of it
     * is remembered by (see {@link AttemptHead}).
     */
    @Column(nullable = false)
    public long revision;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL)
    @OrderBy("position")
    public List<AttemptQuestion> questions = new ArrayList<>();

    /** Whether an instructor or a regrade changed a mark since grading: the original score is kept then. */
    public boolean marksChangedAfterGrading() {
        return originalScore != null;
    }

    public boolean isOpen() {
        return state == AttemptState.OPEN;
    }

    /** Whether answers may still be taken at {@code now}: open, and not past the deadline plus the grace. */
    public boolean acceptsAnswersAt(Instant now, Duration grace) {
        return acceptsAnswers(state, deadline, now, grace);
    }

    static boolean acceptsAnswers(AttemptState state, Instant deadline, Instant now, Duration grace) {
        return state == AttemptState.OPEN && (deadline == null || !now.isAfter(deadline.plus(grace)));
    }

    public boolean isOverdueAt(Instant now, Duration grace) {
        return isOpen() && deadline != null && now.isAfter(deadline.plus(grace));
    }

    public Optional<Instant> deadlineValue() {
        return Optional.ofNullable(deadline);
    }

    /** The score as a percentage of the maximum, to two decimals; empty until graded. */
    public Optional<BigDecimal> percent() {
        if (score == null || maxScore.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(score.multiply(BigDecimal.valueOf(100)).divide(maxScore, 2, RoundingMode.HALF_UP));
    }

    public Optional<AttemptQuestion> question(String questionId) {
        return questions.stream().filter(q -> q.questionId.equals(questionId)).findFirst();
    }

    /** Closes the attempt with the given marks already recorded on its questions. */
    void close(AttemptState closedAs, Instant at) {
        state = closedAs;
        openQuizId = null;
        finishedAt = at;
        recount(questions);
    }

    /**
     * Sets the score, the maximum and the verdict from the marks of the questions that count: what grading does, and
     * what a changed mark does again, so that the score is always the sum of the current marks.
     */
    public void recount(List<AttemptQuestion> marked) {
        score = marked.stream().filter(q -> q.counted).map(q -> q.score).reduce(BigDecimal.ZERO, BigDecimal::add);
        maxScore = marked.stream().filter(q -> q.counted).map(q -> q.points).reduce(BigDecimal.ZERO, BigDecimal::add);
        passed = passMark == null ? null : percent().map(p -> p.compareTo(passMark) >= 0).orElse(false);
    }

    /** Every attempt at every quiz, oldest first. */
    public static List<Attempt> allByStart() {
        return list("order by startedAt");
    }

    /** The most recent attempt at a quiz, whose title is the quiz's last known one. */
    public static Optional<Attempt> latestAt(String quizId) {
        return find("quizId = ?1 order by startedAt desc", quizId).firstResultOptional();
    }

    /** Every attempt at a quiz, open ones included, newest first, with its account read in the same query. */
    public static List<Attempt> withAccountsAt(String quizId) {
        return list("select a from Attempt a join fetch a.account where a.quizId = ?1 order by a.startedAt desc",
                quizId);
    }

    /** Every attempt of one account, newest first, with the account read in the same query. */
    public static List<Attempt> withAccountBy(long accountId) {
        return list("select a from Attempt a join fetch a.account where a.account.id = ?1 order by a.startedAt desc",
                accountId);
    }

    /** One attempt with its account, whoever it belongs to. */
    public static Optional<Attempt> withAccount(long attemptId) {
        return find("select a from Attempt a join fetch a.account where a.id = ?1", attemptId).firstResultOptional();
    }

    /**
     * The graded attempts at a quiz with their questions, oldest first; with {@code firstOnly}, only each student's
     * first attempt.
     */
    public static List<Attempt> gradedWithQuestions(String quizId, boolean firstOnly) {
        return list("select distinct a from Attempt a left join fetch a.questions where a.quizId = ?1 and a.state in ?2"
                + (firstOnly ? " and a.number = 1" : "") + " order by a.startedAt, a.id", quizId,
                AttemptState.GRADED);
    }

    /** The account's exam attempts that are open, oldest first. */
    public static List<Attempt> openExamsOf(long accountId) {
        return list("account.id = ?1 and state = ?2 and practice = false order by startedAt", accountId,
                AttemptState.OPEN);
    }

    /** Every exam attempt of the account, open or closed, oldest first. */
    public static List<Attempt> examsOf(long accountId) {
        return list("account.id = ?1 and practice = false order by startedAt", accountId);
    }

    public static List<Attempt> of(Account account, String quizId) {
        return list("account = ?1 and quizId = ?2 order by number", account, quizId);
    }

    public static List<Attempt> of(Account account) {
        return list("account = ?1 order by startedAt", account);
    }

    public static Optional<Attempt> openOf(Account account, String quizId) {
        return find("account = ?1 and openQuizId = ?2", account, quizId).firstResultOptional();
    }

    /**
     * The attempt with its questions in one query, read-only, if it is open; for showing it, never for changing it.
     */
    public static Optional<Attempt> openWithQuestions(long id) {
        return find("select a from Attempt a left join fetch a.questions where a.id = ?1 and a.state = ?2", id,
                AttemptState.OPEN).withHint(HibernateHints.HINT_READ_ONLY, true).singleResultOptional();
    }

    /**
     * Open attempts whose time ran out before {@code cutoff} (the deadline plus the grace), in the order of their ids:
     * instances closing them at the same time then lock their rows in the same order, and wait rather than deadlock.
     */
    public static List<Attempt> overdue(Instant cutoff) {
        return list("state = ?1 and deadline < ?2 order by id", AttemptState.OPEN, cutoff);
    }
}
