package org.cyberpolicy.quiz.engine;

import static org.cyberpolicy.quiz.engine.TestQuestions.matching;
import static org.cyberpolicy.quiz.engine.TestQuestions.ordering;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.Scoring;
import org.junit.jupiter.api.Test;

/**
 * The orders in which {@link Layouts} shows parts. Every order of an ordering question's items, and of a matching
 * question's right-hand options, must be possible and equally likely: an order that is never drawn tells the student
 * something about the answer (two items never shown in their right order are always shown reversed).
 * <p>
 * The draws use fixed seeds, as attempts use stored ones, so these counts are the same on every run: the bounds
 * (a tenth either side of an equal share, about eleven standard deviations) only have to say "roughly equal".
 */
class LayoutsTest {

    private static final int DRAWS = 60_000;
    /** The attempts' seeds are random 64-bit numbers; these are too, from a fixed generator. */
    private static final long SEED_OF_SEEDS = 20210719L;

    private final Question.Ordering threeEvents = ordering(Scoring.PARTIAL, "first", "second", "third");
    private final Question.Matching threeOfficials = matching(List.of("Blinken=State", "Raab=Foreign",
            "Stoltenberg=NATO"));

    /** How often each order came out of {@link #DRAWS} layouts, each drawn from a fresh random seed. */
    private static Map<List<Integer>, Integer> countOrders(Function<Random, List<Integer>> draw) {
        SplittableRandom seeds = new SplittableRandom(SEED_OF_SEEDS);
        Map<List<Integer>, Integer> counts = new HashMap<>();
        for (int i = 0; i < DRAWS; i++) {
            counts.merge(draw.apply(new Random(seeds.nextLong())), 1, Integer::sum);
        }
        return counts;
    }

    private static void assertEveryOrderOfThreeRoughlyEquallyOften(Map<List<Integer>, Integer> counts) {
        assertEquals(6, counts.size(), "orders drawn: " + counts);
        int share = DRAWS / 6;
        counts.forEach((order, count) -> assertTrue(Math.abs(count - share) < share / 10,
                order + " drawn " + count + " times of " + DRAWS + ", expected about " + share + ": " + counts));
    }

    @Test
    void everyOrderOfThreeOrderingItemsIsDrawnRoughlyEquallyOften() {
        assertEveryOrderOfThreeRoughlyEquallyOften(
                countOrders(random -> Layouts.of(threeEvents, false, random).order()));
    }

    @Test
    void orderingItemsAreSometimesShownInTheirCorrectOrder() {
        Map<List<Integer>, Integer> counts = countOrders(random -> Layouts.of(threeEvents, false, random).order());

        assertTrue(counts.getOrDefault(List.of(0, 1, 2), 0) > 0, "the correct order never drawn: " + counts);
    }

    @Test
    void trainingDrawsOrderingItemsTheSameWay() {
        assertEveryOrderOfThreeRoughlyEquallyOften(
                countOrders(random -> Layouts.present(threeEvents, random).layout().order()));
    }

    @Test
    void everyOrderOfThreeRightHandOptionsIsDrawnRoughlyEquallyOften() {
        assertEveryOrderOfThreeRoughlyEquallyOften(
                countOrders(random -> Layouts.of(threeOfficials, false, random).rightOrder()));
    }

    @Test
    void rightHandOptionsAreDrawnIndependentlyOfTheLeftColumn() {
        // Lined up (each row's own right side in the same row) exactly as often as any other arrangement: the
        // layout says nothing about which right side goes with which row.
        Map<List<Integer>, Integer> counts = countOrders(random -> {
            Layout layout = Layouts.of(threeOfficials, true, random);
            return layout.order().stream().map(left -> layout.rightOrder().indexOf(left)).toList();
        });

        assertEveryOrderOfThreeRoughlyEquallyOften(counts);
    }

    @Test
    void withoutShufflingTheChoicesAndLeftItemsKeepTheBankOrder() {
        Random random = new Random(7);

        assertEquals(List.of(0, 1, 2), Layouts.of(threeOfficials, false, random).order());
        assertEquals(List.of(0, 1, 2),
                Layouts.of(TestQuestions.single("*State", "Public", "Army"), false, random).order());
    }

    @Test
    void theSameSeedGivesTheSameLayout() {
        assertEquals(Layouts.of(threeOfficials, true, new Random(42)), Layouts.of(threeOfficials, true, new Random(42)));
        assertEquals(Layouts.of(threeEvents, true, new Random(42)), Layouts.of(threeEvents, true, new Random(42)));
    }
}
