package org.cyberpolicy.quiz.attempt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cyberpolicy.quiz.engine.ResponseCodec;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One question of an attempt: the student's latest saved response and, once the attempt is closed, the mark it earned.
 * Its frozen snapshot is kept apart, in {@link AttemptQuestionSnapshot}, and read through {@link FrozenQuestions}.
 */
@Entity
@Table(name = "attempt_question")
public class AttemptQuestion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "attempt_id")
    public Attempt attempt;

    /** 1-based place in the attempt, in the order the student sees the questions. */
    @Column(nullable = false)
    public int position;

    @Column(name = "question_id", nullable = false)
    public String questionId;

    @Column(name = "question_type", nullable = false)
    public String questionType;

    @Column(nullable = false)
    public BigDecimal points;

    /** The saved response as JSON (see {@link ResponseCodec}); null while unanswered. */
    public String response;

    @Column(name = "answered_at")
    public Instant answeredAt;

    public BigDecimal score;

    public Boolean correct;

    /**
     * The automatic mark, kept the first time an instructor or a regrade changes {@link #score} (which is then the
     * current mark); null while the mark is the one grading gave.
     */
    @Column(name = "original_score")
    public BigDecimal originalScore;

    /** False once a regrade dropped the question from its attempt's maximum; its mark then no longer counts. */
    @Column(nullable = false)
    public boolean counted = true;

    /** What the latest change of the mark says to the student; null while the mark was never changed. */
    @Column(name = "mark_comment")
    public String markComment;

    /** When a practice attempt's student checked this question on its own; its answer is locked from then on. */
    @Column(name = "checked_at")
    public Instant checkedAt;

    /** Whether the student flagged the question "to come back to"; kept after closing, for the review. */
    @Column(nullable = false)
    public boolean flagged;

    public boolean checked() {
        return checkedAt != null;
    }

    /**
     * A closed attempt's questions with their marks as committed. After waiting for the attempt's row lock, H2 can
     * still show the next plain read of these rows as they were before the transaction that graded them committed
     * (seen with 16 concurrent submits: marks read back as null). A locking read of the rows themselves always
     * returns their latest committed state; nobody writes a closed attempt's rows, so the lock costs no waiting.
     */
    /** The questions of the graded attempts at a quiz, in the order the attempts started and the questions stood. */
    public static List<AttemptQuestion> gradedAt(String quizId) {
        return list("attempt.quizId = ?1 and attempt.state in ?2 order by attempt.startedAt, attempt.id, position",
                quizId, AttemptState.GRADED);
    }

    public static List<AttemptQuestion> markedOf(Attempt attempt) {
        return find("attempt = ?1 order by position", attempt).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
