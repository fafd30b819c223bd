package org.cyberpolicy.quiz.attempt;

import org.cyberpolicy.quiz.engine.Mark;
import org.cyberpolicy.quiz.engine.PresentedQuestion;

/**
 * A question of a practice attempt was marked: checked on its own, or submitted with the attempt. Fired inside the
 * transaction that marked it, so that whoever observes it (training counts it as a review of the question's facts)
 * commits or rolls back with it.
 *
 * @param answered whether the student gave a response
 */
public record PracticeAnswered(long accountId, long attemptId, PresentedQuestion presented, Mark mark,
        boolean answered) {
}
