package org.cyberpolicy.quiz.attempt;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a review says of a mark that changed after grading: the comment of its latest change, the automatic mark it
 * replaced, and whether the question still counts (a regrade may drop it from the maximum).
 *
 * @param position the question's place in the attempt
 */
public record MarkNote(int position, Optional<String> comment, BigDecimal originalScore, boolean counted) {

    /** The note of a row whose mark changed; empty for a mark as grading gave it. */
    static Optional<MarkNote> of(AttemptQuestion row) {
        if (row.originalScore == null && row.counted) {
            return Optional.empty();
        }
        return Optional.of(new MarkNote(row.position, Optional.ofNullable(row.markComment),
                row.originalScore == null ? row.score : row.originalScore, row.counted));
    }
}
