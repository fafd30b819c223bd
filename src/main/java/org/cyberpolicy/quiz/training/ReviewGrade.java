package org.cyberpolicy.quiz.training;

import java.util.Optional;

import org.cyberpolicy.quiz.engine.Mark;

/**
 * How an answer becomes an FSRS grade for each fact of its question. No answer or no credit is "again"; partial credit
 * is "hard" (the student half knew it); full credit is "good", or the student's own "hard" or "easy". A rating given
 * with an answer that was not fully right is ignored: the answer says more than the feeling.
 */
public final class ReviewGrade {

    private ReviewGrade() {
    }

    public static Grade of(Mark mark, boolean answered, Optional<Grade> studentRating) {
        if (!answered || mark.score().signum() == 0) {
            return Grade.AGAIN;
        }
        if (!mark.correct()) {
            return Grade.HARD;
        }
        return studentRating.orElse(Grade.GOOD);
    }
}
