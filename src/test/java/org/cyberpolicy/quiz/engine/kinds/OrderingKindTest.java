package org.cyberpolicy.quiz.engine.kinds;

import static org.cyberpolicy.quiz.engine.TestQuestions.inBankOrder;
import static org.cyberpolicy.quiz.engine.TestQuestions.ordering;
import static org.cyberpolicy.quiz.engine.TestQuestions.shuffled;
import static org.cyberpolicy.quiz.engine.kinds.Marks.key;
import static org.cyberpolicy.quiz.engine.kinds.Marks.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.Scoring;
import org.cyberpolicy.quiz.engine.PresentedQuestion;
import org.cyberpolicy.quiz.engine.Response;
import org.junit.jupiter.api.Test;

/** Four items in bank order, so i1..i4 is the correct order; partial credit counts the three links between them. */
class OrderingKindTest {

    private final Question.Ordering events = ordering(Scoring.PARTIAL, "2011 campaign", "2021 disclosure",
            "2021 charges", "2021 statement");
    private final PresentedQuestion partial = inBankOrder(events);
    private final PresentedQuestion allOrNothing = inBankOrder(
            ordering(Scoring.ALL_OR_NOTHING, "2011 campaign", "2021 disclosure", "2021 charges", "2021 statement"));

    private static Response order(String... ids) {
        return new Response.Order(List.of(ids));
    }

    @Test
    void theCorrectOrderEarnsFullCredit() {
        assertEquals("1.0000", score(partial, order("i1", "i2", "i3", "i4")));
    }

    @Test
    void swappingTheFirstTwoItemsKeepsOneLinkOfThree() {
        // i2→i1 and i1→i3 are broken; i3→i4 is kept.
        assertEquals("0.3333", score(partial, order("i2", "i1", "i3", "i4")));
    }

    @Test
    void swappingTheLastTwoItemsKeepsOneLinkOfThree() {
        assertEquals("0.3333", score(partial, order("i1", "i2", "i4", "i3")));
    }

    @Test
    void swappingTheMiddleTwoItemsBreaksEveryLink() {
        assertEquals("0.0000", score(partial, order("i1", "i3", "i2", "i4")));
    }

    @Test
    void movingTheLastItemToTheFrontKeepsTheOtherLinks() {
        assertEquals("0.6667", score(partial, order("i4", "i1", "i2", "i3")));
    }

    @Test
    void theReverseOrderEarnsNothing() {
        // Links count in the correct direction only.
        assertEquals("0.0000", score(partial, order("i4", "i3", "i2", "i1")));
    }

    @Test
    void allOrNothingGivesFullCreditForTheCorrectOrder() {
        assertEquals("1.0000", score(allOrNothing, order("i1", "i2", "i3", "i4")));
    }

    @Test
    void allOrNothingGivesNothingForOneSwap() {
        assertEquals("0.0000", score(allOrNothing, order("i1", "i2", "i4", "i3")));
    }

    @Test
    void anOrderThatIsNotAPermutationOfTheItemsEarnsNothing() {
        assertEquals("0.0000", score(partial, order("i1", "i2", "i3")));
        assertEquals("0.0000", score(partial, order("i1", "i2", "i3", "i3")));
        assertEquals("0.0000", score(partial, order("i1", "i2", "i3", "i5")));
    }

    @Test
    void itemsAreFoundThroughTheShuffledIds() {
        // Shown as: i1 charges, i2 campaign, i3 statement, i4 disclosure.
        PresentedQuestion question = shuffled(events, 2, 0, 3, 1);

        assertEquals("1.0000", score(question, order("i2", "i4", "i1", "i3")));
        assertEquals("0.0000", score(question, order("i1", "i2", "i3", "i4")));
    }

    @Test
    void theKeyListsTheItemIdsInTheCorrectOrder() {
        assertEquals(order("i1", "i2", "i3", "i4"), key(partial));
        assertEquals(order("i2", "i4", "i1", "i3"), key(shuffled(events, 2, 0, 3, 1)));
    }
}
