package org.cyberpolicy.quiz.attempt;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cyberpolicy.quiz.engine.ReviewedQuestion;
import org.cyberpolicy.quiz.engine.SheetQuestion;

/**
 * An open attempt as the student works on it: the questions without their answers, and what has been saved. In a
 * practice attempt, the questions already checked one by one come with their marking in {@code checked}, by question
 * id: only those answers are known to the student before submission. {@code revision} is the attempt's count of
 * changes when it was read (see {@link Attempt#revision}); {@code flagged} the ids of the questions the student
 * flagged to come back to.
 */
public record AttemptSheet(long id, String quizId, String quizTitle, int number, boolean practice,
        Instant startedAt, Optional<Instant> deadline, List<SheetQuestion> questions,
        Map<String, ReviewedQuestion> checked, long revision, Set<String> flagged) {

    public AttemptSheet {
        questions = List.copyOf(questions);
        checked = Map.copyOf(checked);
        flagged = Set.copyOf(flagged);
    }

    public long answered() {
        return questions.stream().filter(q -> q.saved().isPresent()).count();
    }

    /** Every question's standing, in the order of the attempt: what the summary before submitting lists. */
    public List<QuestionStatus> statuses() {
        return questions.stream().map(q -> new QuestionStatus(q.position(), q.id(), q.saved().isPresent(),
                flagged.contains(q.id()))).toList();
    }
}
