package org.cyberpolicy.quiz.marks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.attempt.Attempt;
import org.cyberpolicy.quiz.attempt.AttemptQuestion;

/**
 * Changes one mark of a graded attempt, the only way marks change after grading: the automatic marks are kept the
 * first time, the change goes to the audit trail, and the attempt's score, maximum and verdict are summed again from
 * its rows in the same transaction, so that they always equal the current marks. The caller holds the attempt's row
 * lock and read {@code rows} under it.
 */
final class MarkLedger {

    private MarkLedger() {
    }

    static void change(Attempt attempt, List<AttemptQuestion> rows, AttemptQuestion row, BigDecimal score,
            boolean counted, MarkKind kind, String comment, Account by, Instant at, String keyVersion) {
        if (attempt.originalScore == null) {
            attempt.originalScore = attempt.score;
            attempt.originalMaxScore = attempt.maxScore;
        }
        if (row.originalScore == null) {
            row.originalScore = row.score;
        }
        MarkChange change = new MarkChange();
        change.attemptId = attempt.id;
        change.attemptQuestionId = row.id;
        change.questionId = row.questionId;
        change.kind = kind;
        change.oldScore = row.score;
        change.newScore = score;
        change.oldCounted = row.counted;
        change.newCounted = counted;
        change.comment = comment;
        change.changedBy = by;
        change.changedAt = at;
        change.keyVersion = keyVersion;
        change.persist();
        row.score = score;
        row.correct = score.compareTo(row.points) == 0;
        row.counted = counted;
        row.markComment = comment != null ? comment : kind.regrade() ? kind.label() + "." : null;
        attempt.recount(rows);
        // Whatever a page remembered of the attempt by its revision is out of date now.
        attempt.revision++;
    }
}
