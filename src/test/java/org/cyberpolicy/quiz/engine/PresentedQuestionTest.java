package org.cyberpolicy.quiz.engine;

import static org.cyberpolicy.quiz.engine.TestQuestions.inBankOrder;
import static org.cyberpolicy.quiz.engine.TestQuestions.matching;
import static org.cyberpolicy.quiz.engine.TestQuestions.ordering;
import static org.cyberpolicy.quiz.engine.TestQuestions.single;
import static org.cyberpolicy.quiz.engine.TestQuestions.trueFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.Scoring;
import org.junit.jupiter.api.Test;

class PresentedQuestionTest {

    private final Question.SingleChoice agency = single("*State Security", "Public Security", "Army");
    /** Shown as: c1 Army, c2 State Security, c3 Public Security. */
    private final PresentedQuestion shuffledAgency = new PresentedQuestion(agency,
            new Layout(List.of(2, 0, 1), List.of()));
    private final Question.Matching officials = matching(List.of("Blinken=State", "Raab=Foreign"), "NATO");
    /** Shown as: l1 Raab, l2 Blinken; r1 NATO, r2 State, r3 Foreign. */
    private final PresentedQuestion shuffledOfficials = new PresentedQuestion(officials,
            new Layout(List.of(1, 0), List.of(2, 0, 1)));
    private final Question.Ordering events = ordering(Scoring.PARTIAL, "first", "second", "third");
    /** Shown as: i1 third, i2 first, i3 second. */
    private final PresentedQuestion shuffledEvents = new PresentedQuestion(events,
            new Layout(List.of(2, 0, 1), List.of()));

    @Test
    void choicesAreNumberedInDisplayOrder() {
        assertEquals(List.of(new Option("c1", "Army"), new Option("c2", "State Security"),
                new Option("c3", "Public Security")), shuffledAgency.choices());
    }

    @Test
    void aChoiceIdLeadsBackToTheBankChoice() {
        assertEquals(Optional.of(agency.choices().get(0)), shuffledAgency.choice("c2"));
    }

    @Test
    void aBankChoiceHasTheIdOfItsDisplayPosition() {
        assertEquals("c2", shuffledAgency.choiceId(agency.choices().get(0)));
        assertEquals("c1", shuffledAgency.choiceId(agency.choices().get(2)));
    }

    @Test
    void idsThatAreNotDisplayPositionsLeadNowhere() {
        for (String id : new String[] {"c0", "c4", "c01", "c+1", "C1", "l1", "c", "", "c99999999999"}) {
            assertEquals(Optional.empty(), shuffledAgency.choice(id), id);
        }
        assertEquals(Optional.empty(), shuffledAgency.choice(null));
    }

    @Test
    void aChoiceOfAnotherQuestionHasNoId() {
        Choice stranger = new Choice("z", "Stranger", false, Optional.empty());

        assertThrows(IllegalArgumentException.class, () -> shuffledAgency.choiceId(stranger));
    }

    @Test
    void leftAndRightItemsAreNumberedInTheirOwnDisplayOrders() {
        assertEquals(List.of(new Option("l1", "Raab"), new Option("l2", "Blinken")), shuffledOfficials.left());
        assertEquals(List.of(new Option("r1", "NATO"), new Option("r2", "State"), new Option("r3", "Foreign")),
                shuffledOfficials.right());
    }

    @Test
    void rightsAreThePairsRightSidesThenTheDistractors() {
        assertEquals(List.of("State", "Foreign", "NATO"), shuffledOfficials.parts().rights());
    }

    @Test
    void leftAndRightIdsLeadBackToBankIndices() {
        assertEquals(Optional.of(1), shuffledOfficials.pairIndex("l1"));
        assertEquals(Optional.of(2), shuffledOfficials.rightIndex("r1"));
        assertEquals("l2", shuffledOfficials.leftId(0));
        assertEquals("r2", shuffledOfficials.rightId(0));
        assertEquals(Optional.empty(), shuffledOfficials.pairIndex("l3"));
        assertEquals(Optional.empty(), shuffledOfficials.rightIndex("r4"));
    }

    @Test
    void aPairOrRightOptionTheQuestionDoesNotHaveHasNoId() {
        assertThrows(IllegalArgumentException.class, () -> shuffledOfficials.leftId(2));
        assertThrows(IllegalArgumentException.class, () -> shuffledOfficials.rightId(3));
    }

    @Test
    void orderingItemsAreNumberedInDisplayOrder() {
        assertEquals(List.of(new Option("i1", "third"), new Option("i2", "first"), new Option("i3", "second")),
                shuffledEvents.items());
        assertEquals(Optional.of(2), shuffledEvents.itemIndex("i1"));
        assertEquals("i2", shuffledEvents.itemId(0));
    }

    @Test
    void partsOfOtherTypesAreEmpty() {
        assertEquals(List.of(), shuffledOfficials.choices());
        assertEquals(Optional.empty(), shuffledOfficials.choice("c1"));
        assertEquals(List.of(), shuffledAgency.left());
        assertEquals(List.of(), shuffledAgency.right());
        assertEquals(List.of(), shuffledAgency.items());
        assertEquals(Optional.empty(), shuffledAgency.itemIndex("i1"));
        assertEquals(Optional.empty(), shuffledEvents.pairIndex("l1"));
        assertEquals(List.of(), inBankOrder(trueFalse(true)).choices());
    }

    @Test
    void aLayoutThatDoesNotListEachPartOnceIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new PresentedQuestion(agency, new Layout(List.of(0, 1), List.of())));
        assertThrows(IllegalArgumentException.class,
                () -> new PresentedQuestion(agency, new Layout(List.of(0, 1, 1), List.of())));
        assertThrows(IllegalArgumentException.class,
                () -> new PresentedQuestion(agency, new Layout(List.of(0, 1, 3), List.of())));
        assertThrows(IllegalArgumentException.class, () -> new PresentedQuestion(agency, Layout.NONE));
        assertThrows(IllegalArgumentException.class,
                () -> new PresentedQuestion(officials, new Layout(List.of(0, 1), List.of(0, 1))));
    }

    @Test
    void aQuestionWithoutPartsTakesTheEmptyLayout() {
        assertEquals(Layout.NONE, new PresentedQuestion(trueFalse(true), Layout.NONE).layout());
        assertThrows(IllegalArgumentException.class,
                () -> new PresentedQuestion(trueFalse(true), new Layout(List.of(0), List.of())));
    }
}
