package org.cyberpolicy.quiz.engine;

/** Something a student can pick or move, under the id the attempt gave it. */
public record Option(String id, String text) {
}
