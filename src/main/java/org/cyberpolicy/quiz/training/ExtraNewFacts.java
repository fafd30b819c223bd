package org.cyberpolicy.quiz.training;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * New facts a student chose to learn on one day beyond the daily allowance ("learn more today"). Kept per day so
 * that the choice lasts across sessions and devices for that day, and never carries over to the next.
 */
@Entity
@Table(name = "training_extra")
@IdClass(ExtraNewFacts.Key.class)
public class ExtraNewFacts extends PanacheEntityBase {

    /** The row's key: one student, one day. */
    public static class Key implements Serializable {
        public Long accountId;
        public LocalDate day;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(accountId, key.accountId) && Objects.equals(day, key.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, day);
        }
    }

    @Id
    @Column(name = "account_id")
    public Long accountId;

    @Id
    @Column(name = "on_day")
    public LocalDate day;

    @Column(name = "new_facts", nullable = false)
    public int newFacts;

    /** How many extra new facts the student took on for the day. */
    static int on(long accountId, LocalDate day) {
        return find("accountId = ?1 and day = ?2", accountId, day).<ExtraNewFacts>firstResultOptional()
                .map(extra -> extra.newFacts).orElse(0);
    }

    /** Adds {@code count} to the day's extra new facts, and returns the day's new total. */
    static int add(long accountId, LocalDate day, int count) {
        ExtraNewFacts extra = find("accountId = ?1 and day = ?2", accountId, day).<ExtraNewFacts>firstResultOptional()
                .orElseGet(() -> {
                    ExtraNewFacts fresh = new ExtraNewFacts();
                    fresh.accountId = accountId;
                    fresh.day = day;
                    return fresh;
                });
        extra.newFacts += count;
        extra.persist();
        return extra.newFacts;
    }
}
