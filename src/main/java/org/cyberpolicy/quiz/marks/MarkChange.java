package org.cyberpolicy.quiz.marks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

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
 * One change of a graded attempt's mark: the audit trail an instructor reads on the attempt. Rows are only added,
 * never changed; the current mark is on the attempt's question row, and this keeps how it got there.
 */
@Entity
@Table(name = "mark_change")
public class MarkChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "attempt_id", nullable = false)
    public long attemptId;

    @Column(name = "attempt_question_id", nullable = false)
    public long attemptQuestionId;

    @Column(name = "question_id", nullable = false)
    public String questionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MarkKind kind;

    @Column(name = "old_score", nullable = false)
    public BigDecimal oldScore;

    @Column(name = "new_score", nullable = false)
    public BigDecimal newScore;

    @Column(name = "old_counted", nullable = false)
    public boolean oldCounted;

    @Column(name = "new_counted", nullable = false)
    public boolean newCounted;

    public String comment;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "changed_by")
    public Account changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** The fingerprint of the question's answer key in the bank in service then ({@link AnswerKeys}). */
    @Column(name = "key_version")
    public String keyVersion;

    /** The changes of an attempt's marks with who made them, oldest first. */
    public static List<MarkChange> ofAttempt(long attemptId) {
        return list("select c from MarkChange c join fetch c.changedBy where c.attemptId = ?1"
                + " order by c.changedAt, c.id", attemptId);
    }

    /** The attempt questions (by row id) whose mark changed while their question's key was {@code keyVersion}. */
    public static List<Long> reviewedUnder(String questionId, String keyVersion) {
        return getEntityManager().createQuery("select distinct c.attemptQuestionId from MarkChange c"
                + " where c.questionId = ?1 and c.keyVersion = ?2", Long.class)
                .setParameter(1, questionId).setParameter(2, keyVersion).getResultList();
    }
}
