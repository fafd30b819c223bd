package org.cyberpolicy.quiz.bank;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A complete, validated question bank. Immutable: a new version of the files makes a new bank, swapped in whole.
 *
 * @param version a content hash of the files, recorded with attempts so that results name the bank they used
 */
public record Bank(Map<String, Source> sources, Map<String, Fact> facts, Map<String, Question> questions,
        Map<String, Quiz> quizzes, String version) {

    public Bank {
        sources = frozen(sources);
        facts = frozen(facts);
        questions = frozen(questions);
        quizzes = frozen(quizzes);
    }

    private static <T> Map<String, T> frozen(Map<String, T> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public Optional<Quiz> quiz(String id) {
        return Optional.ofNullable(quizzes.get(id));
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    /** The facts a question tests, in the order the question names them. */
    public List<Fact> factsOf(Question question) {
        return question.info().factIds().stream().map(facts::get).toList();
    }

    /** A short count, as the validate command and the health check print it. */
    public String summary() {
        return String.format("%d sources, %d facts, %d questions, %d quizzes", sources.size(), facts.size(),
                questions.size(), quizzes.size());
    }
}
