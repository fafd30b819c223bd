package org.cyberpolicy.quiz.web.questions;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cyberpolicy.quiz.attempt.AttemptResult;
import org.cyberpolicy.quiz.attempt.AttemptState;
import org.cyberpolicy.quiz.attempt.MarkNote;
import org.cyberpolicy.quiz.web.format.Numbers;
import org.cyberpolicy.quiz.web.format.Times;

/**
 * What the review of a closed attempt shows above its questions, the same for its student and for an instructor
 * ({@code includes/review-body.html}). {@code score} and {@code percent} are empty while the marks are withheld;
 * {@code flaggedPositions} are the places of the questions the student flagged to come back to; {@code originalScore}
 * is the score grading gave, when an instructor or a regrade changed a mark since.
 */
public record AttemptReview(AttemptResult attempt, List<ReviewItem> questions, Optional<String> score,
        String maxScore, Optional<String> percent, String finished, boolean timedOut, Optional<String> notice,
        Set<Integer> flaggedPositions) {

    /** A changed mark in words, under its question. */
    public record NoteLine(String originalScore, boolean counted, Optional<String> comment) {
    }

    public Optional<String> originalScore() {
        return attempt.originalScore().filter(original -> score.isPresent()).map(Numbers::plain);
    }

    /** What the review says under the question at {@code position} of a mark changed after grading. */
    public Optional<NoteLine> note(int position) {
        return attempt.noteAt(position).map(AttemptReview::line);
    }

    private static NoteLine line(MarkNote note) {
        return new NoteLine(Numbers.plain(note.originalScore()), note.counted(), note.comment());
    }


    /**
     * The review; when the score is shown but something else is held back for one reason (the review policy: the
     * answers are shown after the last attempt, say), that reason is said once above the questions, not under each.
     */
    public static AttemptReview of(AttemptResult result) {
        Optional<String> notice = result.score().isPresent() ? result.withheldBecause() : Optional.empty();
        List<ReviewItem> items = result.questions().stream().map(ReviewItem::of)
                .map(item -> notice.isPresent() && item.withheld().equals(notice) ? item.withoutReason() : item)
                .toList();
        return new AttemptReview(result, items, result.score().map(Numbers::plain), Numbers.plain(result.maxScore()),
                result.percent().map(Numbers::plain), Times.readable(result.finishedAt()),
                result.state() == AttemptState.TIMED_OUT, notice,
                result.questions().stream().filter(q -> result.flagged().contains(q.question().id()))
                        .map(q -> q.position()).collect(Collectors.toUnmodifiableSet()));
    }

    public boolean flagged(int position) {
        return flaggedPositions.contains(position);
    }
}
