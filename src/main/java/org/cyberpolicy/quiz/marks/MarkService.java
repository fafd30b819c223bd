package org.cyberpolicy.quiz.marks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.attempt.AnswerClock;
import org.cyberpolicy.quiz.attempt.Attempt;
import org.cyberpolicy.quiz.attempt.AttemptQuestion;
import org.cyberpolicy.quiz.attempt.GradeChanged;
import org.cyberpolicy.quiz.bank.CurrentBank;

/** Instructors change the mark of one question of a graded attempt, with a comment for the student. */
@ApplicationScoped
public class MarkService {

    /** The longest comment kept (the column's size). */
    public static final int COMMENT_LIMIT = 2000;

    /** The attempt's score after a change, with the question's new mark. */
    public record Marked(long attemptId, String questionId, BigDecimal score, BigDecimal maxScore,
            Optional<String> comment, BigDecimal attemptScore, BigDecimal attemptMaxScore,
            BigDecimal originalAttemptScore, boolean changed) {
    }

    /** One line of an attempt's audit trail. */
    public record Entry(String questionId, MarkKind kind, BigDecimal oldScore, BigDecimal newScore,
            boolean oldCounted, boolean newCounted, Optional<String> comment, String changedBy, Instant changedAt) {
    }

    private final AnswerClock clock;
    private final CurrentBank currentBank;

    private final Event<GradeChanged> gradeChanged;

    MarkService(AnswerClock clock, CurrentBank currentBank, Event<GradeChanged> gradeChanged) {
        this.gradeChanged = gradeChanged;
        this.clock = clock;
        this.currentBank = currentBank;
    }

    /**
     * Sets the mark of a graded attempt's question. The same mark with the same comment again changes nothing; a
     * question a regrade dropped counts again (the latest change is the one that stands).
     *
     * @throws Refusal not found for an unknown attempt or question, conflict for an attempt not graded yet, invalid
     *                 for a mark outside 0 to the question's points or a comment too long
     */
    @Transactional
    @RolesAllowed({ Account.INSTRUCTOR, Account.ASSISTANT })
    public Marked set(long instructorId, long attemptId, String questionId, BigDecimal score, String comment) {
        Attempt attempt = Attempt.findById(attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null) {
            throw Refusal.notFound("There is no attempt " + attemptId + ".");
        }
        if (!attempt.state.graded()) {
            throw Refusal.conflict("Attempt " + attemptId + " is still open: its marks can change once it is graded.");
        }
        List<AttemptQuestion> rows = AttemptQuestion.markedOf(attempt);
        AttemptQuestion row = rows.stream().filter(r -> r.questionId.equals(questionId)).findFirst()
                .orElseThrow(() -> Refusal.notFound("Attempt " + attemptId + " has no question '" + questionId + "'."));
        BigDecimal mark = checked(score, row.points);
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (note != null && note.length() > COMMENT_LIMIT) {
            throw Refusal.invalid("A comment holds at most " + COMMENT_LIMIT + " characters; this one has "
                    + note.length() + ".");
        }
        boolean changed = mark.compareTo(row.score) != 0 || !row.counted || !java.util.Objects.equals(note,
                row.originalScore == null ? null : row.markComment);
        if (changed) {
            String keyVersion = currentBank.get().question(questionId).map(AnswerKeys::fingerprint).orElse(null);
            MarkLedger.change(attempt, rows, row, mark, true, MarkKind.MANUAL, note,
                    Account.findById(instructorId), clock.now(), keyVersion);
            gradeChanged.fire(new GradeChanged(attempt.account.id, attempt.quizId, GradeChanged.Reason.MARKED));
        }
        return new Marked(attempt.id, questionId, row.score, row.points, Optional.ofNullable(row.markComment),
                attempt.score, attempt.maxScore, attempt.originalScore == null ? attempt.score
                        : attempt.originalScore, changed);
    }

    /** The changes of an attempt's marks, oldest first. */
    @Transactional
    @RolesAllowed({ Account.INSTRUCTOR, Account.ASSISTANT })
    public List<Entry> trail(long attemptId) {
        return MarkChange.ofAttempt(attemptId).stream().map(c -> new Entry(c.questionId, c.kind, c.oldScore,
                c.newScore, c.oldCounted, c.newCounted, Optional.ofNullable(c.comment), c.changedBy.username,
                c.changedAt)).toList();
    }

    private static BigDecimal checked(BigDecimal score, BigDecimal points) {
        if (score == null) {
            throw Refusal.invalid("The body must give the mark as {\"score\": 0.5, \"comment\": \"…\"}.");
        }
        if (score.signum() < 0 || score.compareTo(points) > 0) {
            throw Refusal.invalid("A mark lies between 0 and the question's " + points.stripTrailingZeros()
                    .toPlainString() + " points, not " + score.stripTrailingZeros().toPlainString() + ".");
        }
        if (score.stripTrailingZeros().scale() > 4) {
            throw Refusal.invalid("A mark has at most four decimal places, not " + score.toPlainString() + ".");
        }
        return score.setScale(4);
    }
}
