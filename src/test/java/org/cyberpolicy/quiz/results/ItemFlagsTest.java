package org.cyberpolicy.quiz.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

class ItemFlagsTest {

    private static QuestionStatistics question(double facility, OptionalDouble discrimination,
            ChoiceCount... choices) {
        return new QuestionStatistics("q", 10, facility / 100, 1, facility, OptionalDouble.of(30), discrimination,
                OptionalDouble.empty(), List.of(choices));
    }

    private static List<Flag.Kind> kinds(QuestionStatistics question, ChoiceInfo... choices) {
        return ItemFlags.of(question, List.of(choices)).stream().map(Flag::kind).toList();
    }

    @Test
    void aQuestionInTheUsefulRangeWithGoodDiscriminationIsNotFlagged() {
        assertEquals(List.of(), kinds(question(10, OptionalDouble.of(20))));
        assertEquals(List.of(), kinds(question(90, OptionalDouble.of(55))));
    }

    @Test
    void facilityBelowTenPercentIsTooHard() {
        assertEquals(List.of(Flag.Kind.TOO_HARD), kinds(question(9.9, OptionalDouble.of(40))));
    }

    @Test
    void facilityAboveNinetyPercentIsTooEasy() {
        assertEquals(List.of(Flag.Kind.TOO_EASY), kinds(question(90.1, OptionalDouble.of(40))));
    }

    @Test
    void negativeDiscriminationIsFlaggedAsSuch() {
        assertEquals(List.of(Flag.Kind.NEGATIVE_DISCRIMINATION), kinds(question(50, OptionalDouble.of(-0.5))));
    }

    @Test
    void discriminationBelowTwentyIsLow() {
        assertEquals(List.of(Flag.Kind.LOW_DISCRIMINATION), kinds(question(50, OptionalDouble.of(19.9))));
    }

    @Test
    void anUndefinedDiscriminationIsNotFlagged() {
        assertEquals(List.of(), kinds(question(50, OptionalDouble.empty())));
    }

    @Test
    void aWrongChoiceShownButNeverPickedIsAnUnusedDistractor() {
        QuestionStatistics q = question(50, OptionalDouble.of(40), new ChoiceCount("right", 4, 2),
                new ChoiceCount("used", 4, 2), new ChoiceCount("unused", 4, 0));

        List<Flag> flags = ItemFlags.of(q, List.of(new ChoiceInfo("right", "Right", true),
                new ChoiceInfo("used", "Used", false), new ChoiceInfo("unused", "Never <b>picked</b>", false)));

        assertEquals(1, flags.size());
        assertEquals(Flag.Kind.UNUSED_DISTRACTOR, flags.get(0).kind());
        assertEquals("Nobody picked the wrong choice \u201cNever <b>picked</b>\u201d (shown 4 times).",
                flags.get(0).message());
    }

    @Test
    void aCorrectChoiceNobodyPickedIsNotADistractor() {
        QuestionStatistics q = question(50, OptionalDouble.of(40), new ChoiceCount("right", 4, 0),
                new ChoiceCount("wrong", 4, 4));

        assertEquals(List.of(), kinds(q, new ChoiceInfo("right", "Right", true),
                new ChoiceInfo("wrong", "Wrong", false)));
    }

    @Test
    void aChoiceNeverShownIsNotFlagged() {
        QuestionStatistics q = question(50, OptionalDouble.of(40), new ChoiceCount("wrong", 4, 4));

        assertEquals(List.of(), kinds(q, new ChoiceInfo("wrong", "Wrong", false),
                new ChoiceInfo("new", "Added since", false)));
    }
}
