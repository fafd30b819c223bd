package org.cyberpolicy.quiz.web.api;

import java.math.BigDecimal;
import java.time.Instant;

import org.cyberpolicy.quiz.attempt.QuizProgress;
import org.cyberpolicy.quiz.bank.Quiz;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A quiz in {@code GET /api/quizzes}, with the caller's standing in it; {@code opens} and {@code closes} are the
 * caller's own (an accommodation may move them), in UTC.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuizJson(String id, String title, String description, String mode, int questionCount,
        Long timeLimitSeconds, Integer maxAttempts, BigDecimal passMark, int attemptsUsed, Integer attemptsLeft,
        BigDecimal bestScore, BigDecimal bestPercent, Long openAttemptId, Instant opens, Instant closes,
        Long attemptDelaySeconds) {

    static QuizJson of(Quiz quiz, QuizProgress progress) {
        return new QuizJson(quiz.id(), quiz.title(), quiz.description().orElse(null),
                quiz.mode().name().toLowerCase(), quiz.questionCount(),
                quiz.timeLimit().map(limit -> limit.toSeconds()).orElse(null), quiz.maxAttempts().orElse(null),
                quiz.passMark().orElse(null), progress.attemptsUsed(), progress.attemptsLeft().orElse(null),
                progress.bestScore().orElse(null), progress.bestPercent().orElse(null),
                progress.openAttemptId().orElse(null), progress.opens().orElse(null),
                progress.closes().orElse(null),
                quiz.schedule().attemptDelay().map(delay -> delay.toSeconds()).orElse(null));
    }
}
