package org.cyberpolicy.quiz.engine.kinds;

import java.util.Optional;

import org.cyberpolicy.quiz.engine.PresentedQuestion;
import org.cyberpolicy.quiz.engine.QuestionKinds;
import org.cyberpolicy.quiz.engine.Response;

/** Grading as the application does it, for tests that state the score they expect as text, such as "0.6667". */
final class Marks {


    private Marks() {
    }

    static String score(PresentedQuestion question, Response response) {
        return QuestionKinds.grade(question, Optional.of(response)).score().toPlainString();
    }

    static Response key(PresentedQuestion question) {
        return QuestionKinds.key(question);
    }
}
