package org.cyberpolicy.quiz.engine.kinds;

import static org.cyberpolicy.quiz.engine.TestQuestions.inBankOrder;
import static org.cyberpolicy.quiz.engine.TestQuestions.shortAnswer;
import static org.cyberpolicy.quiz.engine.kinds.Marks.key;
import static org.cyberpolicy.quiz.engine.kinds.Marks.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cyberpolicy.quiz.engine.PresentedQuestion;
import org.cyberpolicy.quiz.engine.Response;
import org.junit.jupiter.api.Test;

class ShortAnswerKindTest {

    private final PresentedQuestion group = inBankOrder(shortAnswer("Hafnium", "APT40"));

    private static Response text(String value) {
        return new Response.Text(value);
    }

    @Test
    void anAcceptedAnswerEarnsFullCredit() {
        assertEquals("1.0000", score(group, text("Hafnium")));
    }

    @Test
    void everyAcceptedAnswerCounts() {
        assertEquals("1.0000", score(group, text("APT40")));
    }

    @Test
    void caseSpacingPunctuationAndDiacriticsDoNotCount() {
        assertEquals("1.0000", score(group, text("  HAFNÍUM! ")));
        assertEquals("1.0000", score(group, text("Apt40.")));
        assertEquals("1.0000", score(inBankOrder(shortAnswer("Ministry of State Security")),
                text("ministry  of state-security.")));
    }

    @Test
    void anotherAnswerEarnsNothing() {
        assertEquals("0.0000", score(group, text("Nobelium")));
        assertEquals("0.0000", score(group, text("Hafnium group")));
    }

    @Test
    void aBlankAnswerEarnsNothing() {
        assertEquals("0.0000", score(group, text("")));
        assertEquals("0.0000", score(group, text("   ")));
    }

    @Test
    void anAnswerOfPunctuationOnlyIsBlankEvenAgainstAPunctuationAnswer() {
        assertEquals("0.0000", score(inBankOrder(shortAnswer("?!")), text("...")));
    }

    @Test
    void theKeyIsTheFirstAcceptedAnswer() {
        assertEquals(text("Hafnium"), key(group));
    }
}
