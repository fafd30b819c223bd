package org.cyberpolicy.quiz.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;

import org.cyberpolicy.quiz.Refusal;
import org.junit.jupiter.api.Test;

/** The filters of an export: read strictly, with every problem listed. */
class ExportFilterTest {

    private static ExportFilter parse(String quiz, String from, String to, String practice) {
        return ExportFilter.parse(quiz, from, to, practice, null, PracticeAttempts.EXCLUDE);
    }

    @Test
    void noParametersKeepEverythingWithTheDefaultPracticeOption() {
        ExportFilter filter = parse(null, null, null, null);
        assertEquals(Optional.empty(), filter.quiz());
        assertEquals(Optional.empty(), filter.from());
        assertEquals(Optional.empty(), filter.until());
        assertEquals(PracticeAttempts.EXCLUDE, filter.practice());
        assertFalse(filter.bom());
    }

    @Test
    void blankValuesFromAnEmptyFormCountAsAbsent() {
        ExportFilter filter = parse("", " ", "", "");
        assertEquals(Optional.empty(), filter.quiz());
        assertEquals(Optional.empty(), filter.from());
    }

    @Test
    void aDateInToIncludesThatWholeDay() {
        ExportFilter filter = parse(null, "2026-11-01", "2026-11-23", null);
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), filter.from().orElseThrow());
        assertEquals(Instant.parse("2026-11-24T00:00:00Z"), filter.until().orElseThrow());
        assertTrue(filter.admitsStart(Instant.parse("2026-11-23T23:59:59Z")));
        assertFalse(filter.admitsStart(Instant.parse("2026-11-24T00:00:00Z")));
        assertFalse(filter.admitsStart(Instant.parse("2026-10-31T23:59:59Z")));
    }

    @Test
    void anInstantInToIsIncluded() {
        ExportFilter filter = parse(null, null, "2026-11-23T09:00:00Z", null);
        assertTrue(filter.admitsStart(Instant.parse("2026-11-23T09:00:00Z")));
        assertFalse(filter.admitsStart(Instant.parse("2026-11-23T09:00:00.000001Z")));
    }

    @Test
    void practiceOptionsAreRead() {
        assertEquals(PracticeAttempts.INCLUDE, parse(null, null, null, "include").practice());
        assertEquals(PracticeAttempts.ONLY, parse(null, null, null, "only").practice());
    }

    @Test
    void everyBadValueIsListed() {
        Refusal invalid = assertThrows(Refusal.class,
                () -> ExportFilter.parse("Not A Quiz!", "yesterday", "2026-13-01", "sometimes", "yes",
                        PracticeAttempts.INCLUDE));
        assertEquals(5, invalid.problems().size(), invalid.problems().toString());
        assertTrue(invalid.problems().get(0).startsWith("quiz:"));
        assertTrue(invalid.problems().get(1).startsWith("from:"));
        assertTrue(invalid.problems().get(2).startsWith("to:"));
        assertTrue(invalid.problems().get(3).startsWith("practice:"));
        assertTrue(invalid.problems().get(4).startsWith("bom:"));
    }

    @Test
    void fromAfterToIsRefused() {
        Refusal invalid = assertThrows(Refusal.class,
                () -> parse(null, "2026-11-23", "2026-11-01", null));
        assertTrue(invalid.problems().get(0).contains("after"), invalid.problems().toString());
    }

    @Test
    void aLongBadValueIsNotEchoedWhole() {
        String hostile = "x".repeat(10_000);
        Refusal invalid = assertThrows(Refusal.class, () -> parse(null, hostile, null,
                null));
        assertTrue(invalid.getMessage().length() < 300, invalid.getMessage());
    }
}
