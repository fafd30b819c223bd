package org.cyberpolicy.quiz.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.Fact;
import org.cyberpolicy.quiz.bank.FactValue;
import org.cyberpolicy.quiz.bank.Location;
import org.junit.jupiter.api.Test;

/** When an edit of a fact resets what students learnt of it: a new value does, a new wording does not. */
class FactFingerprintTest {

    private static Fact fact(String statement, Optional<FactValue> value) {
        return new Fact("count", statement, value, List.of(), List.of("wire"), Location.startOf("facts.yaml"));
    }

    private static Optional<FactValue> number(String value) {
        return Optional.of(new FactValue.NumberValue(new BigDecimal(value)));
    }

    @Test
    void anotherValueIsAnotherFingerprint() {
        assertNotEquals(FactFingerprint.of(fact("Four were charged.", number("4"))),
                FactFingerprint.of(fact("Four were charged.", number("5"))));
    }

    @Test
    void aNewWordingKeepsTheFingerprint() {
        assertEquals(FactFingerprint.of(fact("Four were charged.", number("4"))),
                FactFingerprint.of(fact("Four people were charged in July.", number("4"))));
    }

    @Test
    void theSameTextAsAnotherKindOfValueIsAnotherFingerprint() {
        assertNotEquals(FactFingerprint.of(fact("x", number("2011"))),
                FactFingerprint.of(fact("x", Optional.of(new FactValue.TextValue("2011")))));
    }

    @Test
    void aMemoryCountsOnlyForTheValueItWasLearntWith() {
        FactMemory row = new FactMemory();
        row.valueHash = FactFingerprint.of(fact("x", number("4")));
        row.phase = Phase.REVIEW;
        row.due = java.time.Instant.EPOCH;
        row.lastReview = java.time.Instant.EPOCH;
        assertEquals(true, row.memoryFor(FactFingerprint.of(fact("x", number("4")))).isPresent());
        assertEquals(true, row.memoryFor(FactFingerprint.of(fact("x", number("5")))).isEmpty());
    }
}
