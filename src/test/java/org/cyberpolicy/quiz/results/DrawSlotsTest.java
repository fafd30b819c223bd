package org.cyberpolicy.quiz.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cyberpolicy.quiz.bank.Draw;
import org.cyberpolicy.quiz.bank.Location;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.QuestionInfo;
import org.cyberpolicy.quiz.bank.Quiz;
import org.junit.jupiter.api.Test;

/** Which slot of a quiz each question of an attempt filled, for the reliability computed over slots. */
class DrawSlotsTest {

    private static final Location HERE = Location.startOf("test.yaml");

    /** One fixed question, then a draw of one "a" question and a draw of one "b" question. */
    private static final Quiz QUIZ = new Quiz("q", "Q", Optional.empty(), Quiz.Mode.EXAM, List.of("fixed"),
            List.of(draw("a"), draw("b")), false, false, Optional.empty(), Optional.empty(), Quiz.Grading.HIGHEST,
            Optional.empty(), HERE);

    @Test
    void aFixedQuestionIsItsOwnSlot() {
        Map<String, String> slots = ResultsService.slotsOf(Optional.of(QUIZ),
                List.of(question("fixed"), question("a1", "a"), question("b1", "b")));

        assertEquals("question fixed", slots.get("fixed"));
    }

    @Test
    void aQuestionEveryDrawAdmitsTakesTheSlotTheOtherQuestionLeaves() {
        // "ab" carries both tags. Beside an "a" question it must have filled the "b" draw, and beside a "b" question
        // the "a" draw; a first-matching-draw rule put it in the "a" draw both times and broke the slot structure.
        Map<String, String> withA = ResultsService.slotsOf(Optional.of(QUIZ),
                List.of(question("fixed"), question("a1", "a"), question("ab", "a", "b")));
        Map<String, String> withB = ResultsService.slotsOf(Optional.of(QUIZ),
                List.of(question("fixed"), question("ab", "a", "b"), question("b1", "b")));

        assertEquals(Map.of("fixed", "question fixed", "a1", "draw 1 #1", "ab", "draw 2 #1"), withA);
        assertEquals(Map.of("fixed", "question fixed", "ab", "draw 1 #1", "b1", "draw 2 #1"), withB);
    }

    @Test
    void withoutTheQuizEveryQuestionIsItsOwnSlot() {
        Map<String, String> slots = ResultsService.slotsOf(Optional.empty(), List.of(question("a1", "a")));

        assertEquals(Map.of("a1", "question a1"), slots);
    }

    private static Draw draw(String tag) {
        return new Draw(Set.of(tag), Optional.empty(), 1, HERE);
    }

    private static Question question(String id, String... tags) {
        return new Question.TrueFalse(new QuestionInfo(id, "Prompt " + id, List.of("fact"), BigDecimal.ONE,
                Set.of(tags), Optional.empty(), Optional.empty(), HERE), true);
    }
}
