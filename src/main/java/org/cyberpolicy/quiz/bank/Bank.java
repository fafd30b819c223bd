package org.cyberpolicy.quiz.bank;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A complete, validated question bank. Immutable: a new version of the files makes a new bank, swapped in whole.
 *
 * @param version a content hash of the files, recorded with attempts so that results name the bank they used
 */
public record Bank(Map<String, Source> sources, Map<String, Fact> facts, Map<String, Question> questions,
        Map<String, Quiz> quizzes, Map<String, Topic> topics, String version) {

    public Bank {
        sources = frozen(sources);
        facts = frozen(facts);
        questions = frozen(questions);
        quizzes = frozen(quizzes);
        topics = frozen(topics);
    }

    /** A bank that gives its topics no titles. */
    public Bank(Map<String, Source> sources, Map<String, Fact> facts, Map<String, Question> questions,
            Map<String, Quiz> quizzes, String version) {
        this(sources, facts, questions, quizzes, Map.of(), version);
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

    /**
     * The tags of a fact: its own, then those of the questions that test it, each once. A briefing groups facts by
     * them, and training limited to a tag asks the questions of its facts.
     */
    public Set<String> tagsOf(Fact fact) {
        Set<String> tags = new LinkedHashSet<>(fact.tags());
        questions.values().stream().filter(q -> q.info().factIds().contains(fact.id()))
                .forEach(q -> tags.addAll(new TreeSet<>(q.info().tags())));
        return Collections.unmodifiableSet(tags);
    }

    /** The tags of a question for training limited to topics: its own and the own tags of the facts it tests. */
    public Set<String> tagsOf(Question question) {
        Set<String> tags = new TreeSet<>(question.info().tags());
        factsOf(question).forEach(fact -> tags.addAll(fact.tags()));
        return Collections.unmodifiableSet(tags);
    }

    /** A short count, as the validate command and the health check print it. */
    public String summary() {
        long generated = generatedCount();
        return String.format("%d sources, %d facts, %d questions%s, %d quizzes", sources.size(), facts.size(),
                questions.size() - generated, generated == 0 ? "" : " (+ " + generated + " generated)",
                quizzes.size());
    }

    /** How many of the questions were generated from facts rather than written in the bank. */
    public long generatedCount() {
        return questions.keySet().stream().filter(QuestionInfo::isGenerated).count();
    }

    /** The questions generated from a fact, in the order of their forms. */
    public List<Question> generatedFrom(Fact fact) {
        return Stream.of(Asking.Form.values())
                .map(form -> questions.get(fact.id() + QuestionInfo.GENERATED_MARK + form.yamlName()))
                .filter(Objects::nonNull).toList();
    }
}
