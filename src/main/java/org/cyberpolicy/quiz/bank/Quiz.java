package org.cyberpolicy.quiz.bank;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How a quiz is assembled and run: fixed questions plus random draws, and the rules of its attempts.
 */
public record Quiz(String id, String title, Optional<String> description, Mode mode, List<String> questionIds,
        List<Draw> draws, boolean shuffleQuestions, boolean shuffleChoices, Optional<Duration> timeLimit,
        Optional<Integer> maxAttempts, Grading grading, Optional<BigDecimal> passMark, Location location,
        ReviewPolicy review, Schedule schedule) {

    public enum Mode {
        EXAM, PRACTICE
    }

    /** Which attempt's score counts when a student has several. */
    public enum Grading {
        HIGHEST, LATEST, FIRST, AVERAGE
    }

    public Quiz {
        questionIds = List.copyOf(questionIds);
        draws = List.copyOf(draws);
    }

    /** A quiz with its mode's default review policy and no schedule: open at all times. */
    public Quiz(String id, String title, Optional<String> description, Mode mode, List<String> questionIds,
            List<Draw> draws, boolean shuffleQuestions, boolean shuffleChoices, Optional<Duration> timeLimit,
            Optional<Integer> maxAttempts, Grading grading, Optional<BigDecimal> passMark, Location location) {
        this(id, title, description, mode, questionIds, draws, shuffleQuestions, shuffleChoices, timeLimit,
                maxAttempts, grading, passMark, location, ReviewPolicy.defaultFor(mode), Schedule.ALWAYS);
    }

    /**
     * Whether a question can be part of an attempt: one of the fixed questions, or one a draw can pick. These are
     * what an exam protects between attempts.
     */
    public boolean canShow(Question question) {
        return questionIds.contains(question.id())
                || draws.stream().anyMatch(draw -> draw.admits(question));
    }

    /** How many questions every attempt shows. */
    public int questionCount() {
        return questionIds.size() + draws.stream().mapToInt(Draw::count).sum();
    }
}
