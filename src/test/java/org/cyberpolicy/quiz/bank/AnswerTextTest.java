package org.cyberpolicy.quiz.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnswerTextTest {

    @Test
    void caseAndSurroundingOrRepeatedSpacesDoNotCount() {
        assertTrue(AnswerText.same("  Ministry   of State Security ", "ministry of state security"));
    }

    @Test
    void punctuationDoesNotCount() {
        assertTrue(AnswerText.same("U.S.", "US"));
        assertTrue(AnswerText.same("Hafnium!", "hafnium"));
    }

    @Test
    void hyphensReadAsSpaces() {
        assertTrue(AnswerText.same("state-sponsored", "state sponsored"));
    }

    @Test
    void diacriticsDoNotCount() {
        assertTrue(AnswerText.same("Josep Borréll", "josep borrell"));
        assertEquals("creme brulee", AnswerText.normalise("Crème Brûlée"));
    }

    @Test
    void differentWordsStayDifferent() {
        assertFalse(AnswerText.same("Ministry of Public Security", "Ministry of State Security"));
    }
}
