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

    @Test
    void theQuickPathForAsciiTextGivesWhatTheGeneralOneGives() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "aZ09 -/_.,'?!()\"\t\n:;&+~`^|";
        for (int n = 0; n < 20000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(20);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(3) == 0 ? (char) (32 + random.nextInt(95))
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            org.junit.jupiter.api.Assertions.assertEquals(AnswerText.general(t), AnswerText.asciiNormalised(t),
                    "'" + t + "'");
        }
        org.junit.jupiter.api.Assertions.assertNull(AnswerText.asciiNormalised("Caf\u00e9"));
    }
}
