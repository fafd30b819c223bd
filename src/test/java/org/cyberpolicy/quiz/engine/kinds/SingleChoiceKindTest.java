package org.cyberpolicy.quiz.engine.kinds;

import static org.cyberpolicy.quiz.engine.TestQuestions.inBankOrder;
import static org.cyberpolicy.quiz.engine.TestQuestions.shuffled;
import static org.cyberpolicy.quiz.engine.TestQuestions.single;
import static org.cyberpolicy.quiz.engine.kinds.Marks.key;
import static org.cyberpolicy.quiz.engine.kinds.Marks.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.engine.Response;
import org.junit.jupiter.api.Test;

class SingleChoiceKindTest {

    private final Question.SingleChoice agency = single("*State Security", "Public Security", "Army");

    @Test
    void theCorrectChoiceEarnsFullCredit() {
        assertEquals("1.0000", score(inBankOrder(agency), new Response.PickedChoice("c1")));
    }

    @Test
    void anotherChoiceEarnsNothing() {
        assertEquals("0.0000", score(inBankOrder(agency), new Response.PickedChoice("c2")));
    }

    @Test
    void anIdTheQuestionDoesNotHaveEarnsNothing() {
        assertEquals("0.0000", score(inBankOrder(agency), new Response.PickedChoice("c4")));
    }

    @Test
    void theChoiceIsFoundThroughTheShuffledIds() {
        // Shown as: c1 Army, c2 State Security, c3 Public Security.
        assertEquals("1.0000", score(shuffled(agency, 2, 0, 1), new Response.PickedChoice("c2")));
        assertEquals("0.0000", score(shuffled(agency, 2, 0, 1), new Response.PickedChoice("c1")));
    }

    @Test
    void theKeyIsTheCorrectChoiceUnderItsShuffledId() {
        assertEquals(new Response.PickedChoice("c1"), key(inBankOrder(agency)));
        assertEquals(new Response.PickedChoice("c2"), key(shuffled(agency, 2, 0, 1)));
    }
}
