package org.cyberpolicy.quiz.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
import jakarta.persistence.Table;

import org.cyberpolicy.quiz.account.Account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One review of one fact: which question asked it, how it was graded, and the memory before, so that a later rating by
 * the student can grade it again from the same starting point.
 */
@Entity
@Table(name = "review_log")
public class ReviewLog extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    public Account account;

    @Column(name = "fact_id", nullable = false)
    public String factId;

    @Column(name = "question_id", nullable = false)
    public String questionId;

    @Column(name = "question_type", nullable = false)
    public String questionType;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "training_question_id")
    public TrainingQuestion trainingQuestion;

    /** The practice attempt the review came from, if it did. */
    @Column(name = "attempt_id")
    public Long attemptId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Grade grade;

    @Column(nullable = false)
    public BigDecimal score;

    @Column(name = "max_score", nullable = false)
    public BigDecimal maxScore;

    @Column(name = "reviewed_at", nullable = false)
    public Instant reviewedAt;

    @Column(name = "due_after", nullable = false)
    public Instant dueAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "prior_phase")
    public Phase priorPhase;

    @Column(name = "prior_step")
    public Integer priorStep;

    @Column(name = "prior_stability")
    public Double priorStability;

    @Column(name = "prior_difficulty")
    public Double priorDifficulty;

    @Column(name = "prior_due")
    public Instant priorDue;

    @Column(name = "prior_last_review")
    public Instant priorLastReview;

    /** The memory before this review; empty when the fact was met for the first time. */
    public Optional<Memory> prior() {
        return priorPhase == null ? Optional.empty()
                : Optional.of(new Memory(priorPhase, priorStep, priorStability, priorDifficulty, priorDue,
                        priorLastReview));
    }

    void setPrior(Optional<Memory> prior) {
        priorPhase = prior.map(Memory::phase).orElse(null);
        priorStep = prior.map(Memory::step).orElse(null);
        priorStability = prior.map(Memory::stability).orElse(null);
        priorDifficulty = prior.map(Memory::difficulty).orElse(null);
        priorDue = prior.map(Memory::due).orElse(null);
        priorLastReview = prior.map(Memory::lastReview).orElse(null);
    }

    /** The account's latest review of each fact it has reviewed. */
    public static List<ReviewLog> latestPerFact(Account account) {
        return list("account = ?1 and id in (select max(r.id) from ReviewLog r where r.account = ?1 group by r.factId)",
                account);
    }

    /**
     * How many facts the account met for the first time in training (not in a practice quiz) since {@code since}: what
     * the daily allowance of new facts counts. A fact whose value changed and is met afresh counts again.
     */
    public static long newInTrainingSince(Account account, Instant since) {
        return count("account = ?1 and reviewedAt >= ?2 and priorPhase is null and attemptId is null", account, since);
    }

    public static List<ReviewLog> of(TrainingQuestion question) {
        return list("trainingQuestion = ?1 order by id", question);
    }
}
