package org.cyberpolicy.quiz.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The scheduler against worked examples of the FSRS-6 reference implementation, py-fsrs 6
 * (github.com/open-spaced-repetition/py-fsrs, {@code tests/test_basic.py}: {@code test_review_card},
 * {@code test_memo_state}, {@code test_repeated_correct_reviews}), all with the default parameters and no fuzz.
 */
class FsrsSchedulerTest {

    private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");
    private static final Grade AGAIN = Grade.AGAIN;
    private static final Grade GOOD = Grade.GOOD;

    private final FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.DEFAULT);

    /** Reviews each grade at the moment the fact falls due, and lists the whole days each review scheduled. */
    private List<Long> intervalsReviewingWhenDue(Grade... grades) {
        List<Long> intervals = new ArrayList<>();
        Optional<Memory> memory = Optional.empty();
        Instant at = START;
        for (Grade grade : grades) {
            Memory next = scheduler.review(memory, grade, at);
            intervals.add(Duration.between(next.lastReview(), next.due()).toDays());
            at = next.due();
            memory = Optional.of(next);
        }
        return intervals;
    }

    @Test
    void sixGoodsTwoAgainsFiveGoodsGiveTheReferenceIntervals() {
        assertEquals(List.of(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L),
                intervalsReviewingWhenDue(GOOD, GOOD, GOOD, GOOD, GOOD, GOOD, AGAIN, AGAIN, GOOD, GOOD, GOOD, GOOD,
                        GOOD));
    }

    @Test
    void againThenFiveGoodsAtGivenDaysReachTheReferenceMemoryState() {
        Grade[] grades = { AGAIN, GOOD, GOOD, GOOD, GOOD, GOOD };
        int[] daysBefore = { 0, 0, 1, 3, 8, 21 };
        Optional<Memory> memory = Optional.empty();
        Instant at = START;
        for (int i = 0; i < grades.length; i++) {
            at = at.plus(Duration.ofDays(daysBefore[i]));
            memory = Optional.of(scheduler.review(memory, grades[i], at));
        }
        assertEquals(53.62691, memory.get().stability(), 1e-4);
        assertEquals(6.3574867, memory.get().difficulty(), 1e-4);
    }

    @Test
    void easyAgainAndAgainBringsDifficultyDownToOne() {
        Optional<Memory> memory = Optional.empty();
        for (int i = 0; i < 10; i++) {
            memory = Optional.of(scheduler.review(memory, Grade.EASY, START.plusNanos(1000L * i)));
        }
        assertEquals(1.0, memory.get().difficulty());
    }

    @Test
    void aNewFactGoesThroughTheLearningStepsBeforeItsFirstDays() {
        Memory first = scheduler.review(Optional.empty(), GOOD, START);
        assertEquals(Phase.LEARNING, first.phase());
        assertEquals(START.plus(Duration.ofMinutes(10)), first.due());
        Memory second = scheduler.review(Optional.of(first), GOOD, first.due());
        assertEquals(Phase.REVIEW, second.phase());
        assertEquals(first.due().plus(Duration.ofDays(2)), second.due());
    }

    @Test
    void hardOnTheFirstStepWaitsBetweenTheFirstTwoSteps() {
        Memory first = scheduler.review(Optional.empty(), Grade.HARD, START);
        assertEquals(START.plus(Duration.ofSeconds(330)), first.due());
    }

    @Test
    void aFactAnsweredWronglyComesBackSoonerThanOneAnsweredRight() {
        Memory learnt = scheduler.review(Optional.empty(), Grade.EASY, START);
        Instant later = learnt.due();
        Memory wrong = scheduler.review(Optional.of(learnt), AGAIN, later);
        Memory right = scheduler.review(Optional.of(learnt), GOOD, later);
        assertTrue(wrong.due().isBefore(right.due()), wrong.due() + " should come before " + right.due());
        assertTrue(wrong.stability() < right.stability());
        assertEquals(Phase.RELEARNING, wrong.phase());
    }

    @Test
    void aFactAnsweredWronglyComesBackSoonerAlsoAfterItsFirstAnswer() {
        Memory wrong = scheduler.review(Optional.empty(), AGAIN, START);
        Memory right = scheduler.review(Optional.empty(), GOOD, START);
        assertTrue(wrong.due().isBefore(right.due()));
    }

    @Test
    void easyEarnsALongerIntervalThanGoodAndGoodThanHard() {
        Memory learnt = scheduler.review(Optional.empty(), Grade.EASY, START);
        Instant later = learnt.due();
        Instant hard = scheduler.review(Optional.of(learnt), Grade.HARD, later).due();
        Instant good = scheduler.review(Optional.of(learnt), GOOD, later).due();
        Instant easy = scheduler.review(Optional.of(learnt), Grade.EASY, later).due();
        assertTrue(hard.isBefore(good) && good.isBefore(easy), hard + " < " + good + " < " + easy);
    }

    @Test
    void retrievabilityIsNinetyPercentWhenTheElapsedDaysEqualTheStability() {
        Memory memory = new Memory(Phase.REVIEW, 0, 10, 5, START, START);
        assertEquals(1.0, scheduler.retrievability(memory, START.plus(Duration.ofHours(23))), 1e-12);
        assertEquals(0.9, scheduler.retrievability(memory, START.plus(Duration.ofDays(10))), 1e-9);
        assertTrue(scheduler.retrievability(memory, START.plus(Duration.ofDays(30))) < 0.9);
    }

    @Test
    void intervalsAreCappedByTheMaximum() {
        FsrsScheduler capped = new FsrsScheduler(new FsrsParameters(FsrsParameters.DEFAULT_WEIGHTS, 0.9,
                List.of(), List.of(), 30));
        assertEquals(30, capped.intervalDays(1000));
        assertEquals(1, capped.intervalDays(0.01));
    }
}
