package org.cyberpolicy.quiz.attempt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.cyberpolicy.quiz.bank.Quiz;

/**
 * Works out a student's {@link Standing} with a quiz, and the quiz's times for them, from their attempts, the quiz's
 * rules and what an instructor granted them ({@link QuizOverride}).
 */
@ApplicationScoped
public class Standings {

    private final CourseTimeConfig time;

    Standings(CourseTimeConfig time) {
        this.time = time;
    }

    /** @param attempts every attempt of the student at {@code quiz}, open ones included */
    public Standing of(long accountId, Quiz quiz, List<Attempt> attempts) {
        return of(quiz, attempts, allowance(accountId, quiz.id()));
    }

    public Standing of(Quiz quiz, List<Attempt> attempts, Allowance allowance) {
        boolean open = attempts.stream().anyMatch(Attempt::isOpen);
        Optional<Integer> max = quiz.mode() == Quiz.Mode.EXAM
                ? quiz.maxAttempts().map(m -> m + allowance.extraAttempts().orElse(0))
                : Optional.empty();
        return new Standing(attempts.size(), open, max, closes(quiz, allowance));
    }

    public Allowance allowance(long accountId, String quizId) {
        return QuizOverride.of(accountId, quizId).map(QuizOverride::allowance).orElse(Allowance.NONE);
    }

    /** When the quiz opens for a student with this allowance: their own time, or the quiz's. */
    public Optional<Instant> opens(Quiz quiz, Allowance allowance) {
        return allowance.opens().or(() -> quiz.schedule().opensAt(time.timeZone()));
    }

    /** When the quiz closes for a student with this allowance: their own time, or the quiz's. */
    public Optional<Instant> closes(Quiz quiz, Allowance allowance) {
        return allowance.closes().or(() -> quiz.schedule().closesAt(time.timeZone()));
    }
}
