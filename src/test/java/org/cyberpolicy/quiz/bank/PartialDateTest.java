package org.cyberpolicy.quiz.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void readsEachPrecision() {
        assertEquals(Optional.of(PartialDate.ofYear(2011)), PartialDate.parse("2011"));
        assertEquals(Optional.of(PartialDate.of(2021, 3)), PartialDate.parse("2021-03"));
        assertEquals(Optional.of(PartialDate.of(2021, 7, 19)), PartialDate.parse("2021-07-19"));
    }

    @Test
    void textOfAnotherShapeIsNotADate() {
        assertEquals(Optional.empty(), PartialDate.parse("July 2021"));
        assertEquals(Optional.empty(), PartialDate.parse("19/07/2021"));
    }

    @Test
    void impossibleDatesAreRefused() {
        assertThrows(DateTimeException.class, () -> PartialDate.parse("2021-02-29"));
        assertThrows(DateTimeException.class, () -> PartialDate.parse("2021-13"));
        assertThrows(DateTimeException.class, () -> PartialDate.parse("0000"));
    }

    @Test
    void aLeapDayExistsInALeapYear() {
        assertEquals(Optional.of(PartialDate.of(2020, 2, 29)), PartialDate.parse("2020-02-29"));
    }

    @Test
    void truncatingKeepsTheCoarserParts() {
        assertEquals(PartialDate.of(2021, 7), PartialDate.of(2021, 7, 19).truncatedTo(PartialDate.Precision.MONTH));
        assertEquals(PartialDate.ofYear(2021), PartialDate.of(2021, 7, 19).truncatedTo(PartialDate.Precision.YEAR));
    }

    @Test
    void comparesPrecision() {
        assertTrue(PartialDate.of(2021, 7, 19).isAtLeastAsPreciseAs(PartialDate.of(2021, 7)));
        assertFalse(PartialDate.ofYear(2021).isAtLeastAsPreciseAs(PartialDate.of(2021, 7)));
    }

    @Test
    void printsInTheFormatItReads() {
        assertEquals("2021-03", PartialDate.of(2021, 3).toString());
        assertEquals("2021-07-19", PartialDate.of(2021, 7, 19).toString());
    }
}
