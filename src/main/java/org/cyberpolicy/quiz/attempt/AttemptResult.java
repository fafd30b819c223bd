package org.cyberpolicy.quiz.attempt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cyberpolicy.quiz.engine.ReviewedQuestion;

/**
 * A closed attempt with its marks, the answers and the facts behind each question: what the review shows. While any
 * question's mark is withheld from its student, so are the total, the percentage and the verdict (they would give
 * the withheld marks away); {@code withheldBecause} then says why. {@code flagged} holds the ids of the questions its
 * student had flagged to come back to. {@code notes} are the marks changed after grading (shown only with their
 * marks), {@code originalScore} the score grading gave when it has changed since.
 */
public record AttemptResult(long id, String quizId, String quizTitle, int number, boolean practice,
        AttemptState state, Instant startedAt, Optional<Instant> deadline, Instant finishedAt,
        Optional<BigDecimal> score, BigDecimal maxScore, Optional<BigDecimal> percent, Optional<BigDecimal> passMark,
        Optional<Boolean> passed, String bankVersion, List<ReviewedQuestion> questions,
        Optional<String> withheldBecause, Set<String> flagged, List<MarkNote> notes,
        Optional<BigDecimal> originalScore) {

    public AttemptResult {
        questions = List.copyOf(questions);
        flagged = Set.copyOf(flagged);
        notes = List.copyOf(notes);
    }

    /** The note on the mark of the question at {@code position}, when an instructor or a regrade changed it. */
    public Optional<MarkNote> noteAt(int position) {
        return notes.stream().filter(note -> note.position() == position).findFirst();
    }

    public long correctCount() {
        return questions.stream().filter(ReviewedQuestion::correct).count();
    }
}
