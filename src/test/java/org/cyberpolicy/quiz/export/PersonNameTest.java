package org.cyberpolicy.quiz.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How a display name is split into the first and last names that Moodle's and Canvas's gradebooks show. */
class PersonNameTest {

    @Test
    void theLastWordIsTheLastName() {
        assertEquals(new PersonName("Ada", "Lovelace"), PersonName.split("Ada Lovelace"));
        assertEquals(new PersonName("Mary Ann", "Evans"), PersonName.split("  Mary   Ann Evans "));
    }

    @Test
    void lowerCaseWordsBeforeTheLastOneBelongToTheLastName() {
        assertEquals(new PersonName("Ludwig", "van Beethoven"), PersonName.split("Ludwig van Beethoven"));
        assertEquals(new PersonName("Charles", "de la Vallée"), PersonName.split("Charles de la Vallée"));
    }

    @Test
    void aNameWrittenLastCommaFirstIsReadThatWay() {
        assertEquals(new PersonName("Ada", "Lovelace"), PersonName.split("Lovelace, Ada"));
    }

    @Test
    void commasThatDoNotSeparateLastFromFirstAreKeptAsText() {
        assertEquals(new PersonName("Prince,", ""), PersonName.split("Prince,"));
        assertEquals(new PersonName("A, B,", "C"), PersonName.split("A, B, C"));
    }

    @Test
    void oneWordIsAFirstNameAlone() {
        assertEquals(new PersonName("Cher", ""), PersonName.split("Cher"));
        assertEquals("Cher", PersonName.split("Cher").sortable());
        assertEquals(new PersonName("", ""), PersonName.split("  "));
    }

    @Test
    void canvasWritesLastCommaFirst() {
        assertEquals("Lovelace, Ada", PersonName.split("Ada Lovelace").sortable());
    }
}
