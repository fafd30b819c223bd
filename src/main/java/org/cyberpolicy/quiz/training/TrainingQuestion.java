package org.cyberpolicy.quiz.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cyberpolicy.quiz.account.Account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A question handed out in a training session, with its frozen snapshot (answer key included) kept here, not in the
 * browser. The random token names it in the answer, so one student cannot answer, or guess, another's.
 */
@Entity
@Table(name = "training_question")
public class TrainingQuestion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String token;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    public Account account;

    @Column(name = "question_id", nullable = false)
    public String questionId;

    @Column(name = "question_type", nullable = false)
    public String questionType;

    /** {@link org.cyberpolicy.quiz.engine.FrozenQuestion} as JSON. */
    @Column(nullable = false)
    public String snapshot;

    /** The session's tag limit, space-separated; empty for the whole bank. */
    @Column(nullable = false)
    public String tags;

    /** Whether it was asked to introduce a new fact rather than to review a due one. */
    @Column(nullable = false)
    public boolean introduces;

    @Column(name = "asked_at", nullable = false)
    public Instant askedAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    public String response;

    public BigDecimal score;

    @Column(name = "max_score", nullable = false)
    public BigDecimal maxScore;

    @Enumerated(EnumType.STRING)
    public Grade grade;

    /** Whether the student has given their own rating; it can be given once. */
    @Column(nullable = false)
    public boolean rated;

    public boolean answered() {
        return answeredAt != null;
    }

    public Set<String> tagSet() {
        return tags.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(tags.split(" ")));
    }

    static String tagText(Set<String> tags) {
        return String.join(" ", new TreeSet<>(tags));
    }

    public static Optional<TrainingQuestion> byToken(String token, LockModeType lock) {
        return find("token", token).withLock(lock).firstResultOptional();
    }

    /** When the account was last asked each question it has been asked, by question id. */
    public static Map<String, Instant> lastAskedByQuestion(Account account) {
        List<Object[]> rows = getEntityManager().createQuery(
                "select q.questionId, max(q.askedAt) from TrainingQuestion q where q.account = ?1 group by q.questionId",
                Object[].class).setParameter(1, account).getResultList();
        Map<String, Instant> asked = new HashMap<>();
        rows.forEach(row -> asked.put((String) row[0], (Instant) row[1]));
        return asked;
    }

    /** The account's questions, most recent first. */
    public static List<TrainingQuestion> latest(Account account, int limit) {
        return find("account = ?1 order by askedAt desc, id desc", account).page(0, limit).list();
    }
}
