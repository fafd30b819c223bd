package org.cyberpolicy.quiz.attempt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.cyberpolicy.quiz.bank.Quiz;

/** Works out a student's {@link Standing} with a quiz from their attempts at it and the quiz's rules. */
@ApplicationScoped
public class Standings {

    private final CourseTimeConfig time;

    Standings(CourseTimeConfig time) {
        this.time = time;
    }

    /** @param attempts every attempt of the student at {@code quiz}, open ones included */
    public Standing of(long accountId, Quiz quiz, List<Attempt> attempts) {
        boolean open = attempts.stream().anyMatch(Attempt::isOpen);
        Optional<Integer> max = quiz.mode() == Quiz.Mode.EXAM ? quiz.maxAttempts() : Optional.empty();
        Optional<Instant> closes = quiz.schedule().closesAt(time.timeZone());
        return new Standing(attempts.size(), open, max, closes);
    }
}
