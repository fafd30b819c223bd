package org.cyberpolicy.quiz.web.questions;

import java.util.List;

import org.cyberpolicy.quiz.attempt.AttemptResult;
import org.cyberpolicy.quiz.attempt.AttemptState;
import org.cyberpolicy.quiz.web.format.Numbers;
import org.cyberpolicy.quiz.web.format.Times;

/**
 * What the review of a closed attempt shows above its questions, the same for its student and for an instructor
 * ({@code includes/review-body.html}).
 */
public record AttemptReview(AttemptResult attempt, List<ReviewItem> questions, String score, String maxScore,
        String percent, String finished, boolean timedOut) {

    public static AttemptReview of(AttemptResult result) {
        return new AttemptReview(result, result.questions().stream().map(ReviewItem::of).toList(),
                Numbers.plain(result.score()), Numbers.plain(result.maxScore()), Numbers.plain(result.percent()),
                Times.readable(result.finishedAt()), result.state() == AttemptState.TIMED_OUT);
    }
}
