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
        Optional<Integer> maxAttempts, Grading grading, Optional<BigDecimal> passMark, Location location) {

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

    /** How many questions every attempt shows. */
    public int questionCount() {
        return questionIds.size() + draws.stream().mapToInt(Draw::count).sum();
    }
}
