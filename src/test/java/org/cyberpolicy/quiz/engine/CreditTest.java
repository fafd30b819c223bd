package org.cyberpolicy.quiz.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class CreditTest {

    @Test
    void equalSharesAreEqualWhateverTheirTerms() {
        assertEquals(new Credit(1, 2), new Credit(2, 4));
        assertEquals(Credit.NONE, new Credit(0, 7));
        assertEquals(Credit.FULL, new Credit(3, 3));
    }

    @Test
    void aShareOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Credit(4, 3));
        assertThrows(IllegalArgumentException.class, () -> new Credit(-1, 3));
        assertThrows(IllegalArgumentException.class, () -> new Credit(0, 0));
    }

    @Test
    void aNegativeDifferenceIsFlooredAtNothing() {
        assertEquals(Credit.NONE, Credit.flooredAtNone(-3, 4));
        assertEquals(new Credit(1, 4), Credit.flooredAtNone(1, 4));
    }

    @Test
    void twoThirdsOfThreePointsIsExactlyTwo() {
        assertEquals(new BigDecimal("2.0000"), new Credit(2, 3).scoreOutOf(new BigDecimal("3")));
    }

    @Test
    void theScoreIsRoundedHalfUpToFourPlaces() {
        assertEquals(new BigDecimal("0.6667"), new Credit(2, 3).scoreOutOf(BigDecimal.ONE));
        assertEquals(new BigDecimal("0.3333"), new Credit(1, 3).scoreOutOf(BigDecimal.ONE));
        assertEquals(new BigDecimal("0.0001"), new Credit(1, 2).scoreOutOf(new BigDecimal("0.0001")));
    }
}
