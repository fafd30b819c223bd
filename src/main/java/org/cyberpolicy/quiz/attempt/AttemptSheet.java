package org.cyberpolicy.quiz.attempt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An open attempt as the student works on it: the questions without their answers, and what has been saved. */
public record AttemptSheet(long id, String quizId, String quizTitle, int number, boolean practice,
        Instant startedAt, Optional<Instant> deadline, List<SheetQuestion> questions) {

    public AttemptSheet {
        questions = List.copyOf(questions);
    }

    public long answered() {
        return questions.stream().filter(q -> q.saved().isPresent()).count();
    }
}
