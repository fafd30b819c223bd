package org.cyberpolicy.quiz.attempt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * An accommodation or exception an instructor granted one student for one quiz: extra time (minutes, or a factor of
 * the time limit, or both), extra attempts, and the student's own opening and closing times. Each is optional; what
 * is not set is as the quiz says. It counts at once, also for an attempt already running.
 */
@Entity
@Table(name = "quiz_override")
public class QuizOverride extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    public Account account;

    @Column(name = "quiz_id", nullable = false)
    public String quizId;

    @Column(name = "extra_minutes")
    public Integer extraMinutes;

    @Column(name = "time_factor")
    public BigDecimal timeFactor;

    @Column(name = "extra_attempts")
    public Integer extraAttempts;

    public Instant opens;

    public Instant closes;

    /** The instructor who set it last. */
    @Column(name = "granted_by", nullable = false)
    public String grantedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Allowance allowance() {
        return new Allowance(Optional.ofNullable(extraMinutes), Optional.ofNullable(timeFactor),
                Optional.ofNullable(extraAttempts), Optional.ofNullable(opens), Optional.ofNullable(closes));
    }

    public static Optional<QuizOverride> of(long accountId, String quizId) {
        return find("account.id = ?1 and quizId = ?2", accountId, quizId).firstResultOptional();
    }

    /** A quiz's overrides with their students, by username. */
    public static List<QuizOverride> ofQuiz(String quizId) {
        return list("select o from QuizOverride o join fetch o.account where o.quizId = ?1 order by o.account.username",
                quizId);
    }

    /** Every override of one student. */
    public static List<QuizOverride> ofAccount(long accountId) {
        return list("account.id = ?1 order by quizId", accountId);
    }
}
