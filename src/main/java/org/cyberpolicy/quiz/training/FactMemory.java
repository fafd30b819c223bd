package org.cyberpolicy.quiz.training;

import java.time.Instant;
import java.util.Collection;
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
 * What the scheduler knows of one student's memory of one fact. It counts only while the fact's value is the one it
 * was learnt with ({@link #valueHash}); otherwise the fact is new again.
 */
@Entity
@Table(name = "fact_memory")
public class FactMemory extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    public Account account;

    @Column(name = "fact_id", nullable = false)
    public String factId;

    @Column(name = "value_hash", nullable = false)
    public String valueHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Phase phase;

    @Column(nullable = false)
    public int step;

    @Column(nullable = false)
    public double stability;

    @Column(nullable = false)
    public double difficulty;

    @Column(nullable = false)
    public Instant due;

    @Column(name = "last_review", nullable = false)
    public Instant lastReview;

    /** When the fact was first reviewed (or first reviewed again after its value changed): the daily pace counts it. */
    @Column(name = "introduced_at", nullable = false)
    public Instant introducedAt;

    @Column(nullable = false)
    public int reps;

    /**
     * The grade of the latest review; empty for memories older than the column whose review log is gone. A fact last
     * answered wrong has no mastery until it is answered right again (see {@link Mastery}).
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "last_grade")
    public Grade lastGrade;

    /** How often the fact was forgotten after it had reached review. */
    @Column(nullable = false)
    public int lapses;

    public Memory memory() {
        return new Memory(phase, step, stability, difficulty, due, lastReview);
    }

    /** The memory, if it is still about the fact's current value. */
    public Optional<Memory> memoryFor(String currentValueHash) {
        return valueHash.equals(currentValueHash) ? Optional.of(memory()) : Optional.empty();
    }

    /** Whether the latest review was a miss: a wrong answer, or "I don't know". */
    public boolean lastMissed() {
        return lastGrade == Grade.AGAIN;
    }

    void set(Memory memory, Grade grade) {
        lastGrade = grade;
        phase = memory.phase();
        step = memory.step();
        stability = memory.stability();
        difficulty = memory.difficulty();
        due = memory.due();
        lastReview = memory.lastReview();
    }

    public static List<FactMemory> of(Account account) {
        return list("account = ?1", account);
    }

    public static Optional<FactMemory> of(Account account, String factId) {
        return find("account = ?1 and factId = ?2", account, factId).firstResultOptional();
    }

    /** The memories students (not instructors trying the trainer out) have of the given facts. */
    public static List<FactMemory> ofStudents(Collection<String> factIds) {
        return factIds.isEmpty() ? List.of() : list("factId in ?1 and account.role = ?2", factIds, Account.STUDENT);
    }
}
