package org.cyberpolicy.quiz.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;

import org.cyberpolicy.quiz.engine.Mark;
import org.junit.jupiter.api.Test;

/** How a marked answer becomes the grade of each of its facts' reviews. */
class ReviewGradeTest {

    private static Mark mark(String score, String max) {
        return new Mark(new BigDecimal(score), new BigDecimal(max));
    }

    @Test
    void noAnswerIsAgain() {
        assertEquals(Grade.AGAIN, ReviewGrade.of(mark("0", "1"), false, Optional.of(Grade.EASY)));
    }

    @Test
    void aWrongAnswerIsAgainWhateverTheStudentFelt() {
        assertEquals(Grade.AGAIN, ReviewGrade.of(mark("0", "2"), true, Optional.of(Grade.EASY)));
    }

    @Test
    void partialCreditIsHard() {
        assertEquals(Grade.HARD, ReviewGrade.of(mark("0.6667", "1"), true, Optional.of(Grade.EASY)));
    }

    @Test
    void aRightAnswerIsGoodUnlessTheStudentSaysHardOrEasy() {
        assertEquals(Grade.GOOD, ReviewGrade.of(mark("3", "3"), true, Optional.empty()));
        assertEquals(Grade.HARD, ReviewGrade.of(mark("3", "3"), true, Optional.of(Grade.HARD)));
        assertEquals(Grade.EASY, ReviewGrade.of(mark("3.0", "3"), true, Optional.of(Grade.EASY)));
    }
}
