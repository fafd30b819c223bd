package org.cyberpolicy.quiz.attempt.grading;

import java.util.Optional;

import org.cyberpolicy.quiz.attempt.Response;
import org.cyberpolicy.quiz.quiz.PresentedQuestion;

/** Grading as the application does it, for tests that state the score they expect as text, such as "0.6667". */
final class Marks {

    private static final Graders GRADERS = new Graders();

    private Marks() {
    }

    static String score(PresentedQuestion question, Response response) {
        return GRADERS.grade(question, Optional.of(response)).score().toPlainString();
    }

    static Response key(PresentedQuestion question) {
        return GRADERS.key(question);
    }
}
