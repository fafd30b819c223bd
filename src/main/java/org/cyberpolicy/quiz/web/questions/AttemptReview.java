package org.cyberpolicy.quiz.web.questions;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cyberpolicy.quiz.attempt.AttemptResult;
import org.cyberpolicy.quiz.attempt.AttemptState;
import org.cyberpolicy.quiz.web.format.Numbers;
import org.cyberpolicy.quiz.web.format.Times;

/**
 * What the review of a closed attempt shows above its questions, the same for its student and for an instructor
 * ({@code includes/review-body.html}). {@code score} and {@code percent} are empty while the marks are withheld;
 * {@code flaggedPositions} are the places of the questions the student flagged to come back to.
 */
public record AttemptReview(AttemptResult attempt, List<ReviewItem> questions, Optional<String> score,
        String maxScore, Optional<String> percent, String finished, boolean timedOut, Set<Integer> flaggedPositions) {

    public static AttemptReview of(AttemptResult result) {
        return new AttemptReview(result, result.questions().stream().map(ReviewItem::of).toList(),
                result.score().map(Numbers::plain), Numbers.plain(result.maxScore()),
                result.percent().map(Numbers::plain), Times.readable(result.finishedAt()),
                result.state() == AttemptState.TIMED_OUT,
                result.questions().stream().filter(q -> result.flagged().contains(q.question().id()))
                        .map(q -> q.position()).collect(Collectors.toUnmodifiableSet()));
    }

    public boolean flagged(int position) {
        return flaggedPositions.contains(position);
    }
}
