package org.cyberpolicy.quiz.bank.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.Draw;
import org.cyberpolicy.quiz.bank.Fact;
import org.cyberpolicy.quiz.bank.Location;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.Quiz;
import org.cyberpolicy.quiz.bank.Source;
import org.cyberpolicy.quiz.bank.Topic;
import org.cyberpolicy.quiz.bank.generate.QuestionGenerator;
import org.cyberpolicy.quiz.bank.yaml.YamlNode;

/**
 * Gathers the lists from every file and turns them into a bank, in dependency order: sources, then the facts that
 * cite them, then the questions that test the facts, then the quizzes that use the questions, then the topics that
 * title the tags of facts and questions.
 */
final class BankAssembler {

    private enum Kind {
        SOURCES("sources", "source"), KINDS("kinds", "kind"), FACTS("facts", "fact"), QUESTIONS("questions", "question"),
        QUIZZES("quizzes", "quiz"), TOPICS("topics", "topic");

        final String key;
        final String singular;

        Kind(String key, String singular) {
            this.key = key;
            this.singular = singular;
        }
    }

    private static final List<String> TOP_LEVEL_KEYS = List.of("sources", "kinds", "facts", "questions", "quizzes",
            "topics");

    private final Problems problems;
    /** Where findings about the bank as a whole point: the folder. */
    private final Location bankLocation;
    private final Map<Kind, List<YamlNode>> items = new HashMap<>();

    BankAssembler(Problems problems, Location bankLocation) {
        this.problems = problems;
        this.bankLocation = bankLocation;
        for (Kind kind : Kind.values()) {
            items.put(kind, new ArrayList<>());
        }
    }

    void addFile(String label, YamlNode root) {
        Fields.of(root, "the top level of " + label, problems).ifPresent(top -> {
            top.rejectUnknownKeys(TOP_LEVEL_KEYS);
            for (Kind kind : Kind.values()) {
                items.get(kind).addAll(top.list(kind.key));
            }
        });
    }

    LoadResult assemble(String version) {
        Map<Kind, Set<String>> declared = new HashMap<>();
        for (Kind kind : Kind.values()) {
            declared.put(kind, declaredIds(kind));
        }
        SourceReader sourceReader = new SourceReader(problems);
        Map<String, Source> sources = readAll(Kind.SOURCES, sourceReader::read, Source::id);
        KindReader kindReader = new KindReader(problems);
        Map<String, org.cyberpolicy.quiz.bank.Kind> kinds = readAll(Kind.KINDS, kindReader::read,
                org.cyberpolicy.quiz.bank.Kind::id);
        FactReader factReader = new FactReader(problems, declared.get(Kind.SOURCES), declared.get(Kind.KINDS));
        Map<String, Fact> facts = readAll(Kind.FACTS, factReader::read, Fact::id);
        QuestionReader questionReader = new QuestionReader(problems, declared.get(Kind.FACTS), facts);
        Map<String, Question> questions = readAll(Kind.QUESTIONS, questionReader::read, Question::id);
        // Questions generated from facts join the written ones before the quizzes that draw them are read.
        QuestionGenerator.Result generated = QuestionGenerator.generate(facts.values(), kinds, sources,
                questions.values());
        problems.addErrors(generated.errors());
        generated.warnings().forEach(w -> problems.warning(w.location(), w.message()));
        questions.putAll(generated.questions());
        Set<String> declaredQuestions = new HashSet<>(declared.get(Kind.QUESTIONS));
        declaredQuestions.addAll(generated.questions().keySet());
        QuizReader quizReader = new QuizReader(problems, declaredQuestions, questions);
        Map<String, Quiz> quizzes = readAll(Kind.QUIZZES, quizReader::read, Quiz::id);
        Set<String> tags = new HashSet<>();
        questions.values().forEach(q -> tags.addAll(q.info().tags()));
        facts.values().forEach(f -> tags.addAll(f.tags()));
        boolean everyTagRead = facts.keySet().containsAll(declared.get(Kind.FACTS))
                && questions.keySet().containsAll(declared.get(Kind.QUESTIONS));
        TopicReader topicReader = new TopicReader(problems, tags, everyTagRead);
        Map<String, Topic> topics = readAll(Kind.TOPICS, topicReader::read, Topic::id);

        if (problems.errorCount() > 0) {
            // Items dropped for their errors would make others look unused; warnings wait for a valid bank.
            return new LoadResult.Rejected(problems.errors(), problems.warnings());
        }
        warnAboutUnused(sources, facts, questions, quizzes);
        warnAboutUnusedKinds(kinds, facts);
        warnAboutNothingToTake(questions, quizzes);
        warnAboutPlaceholders(facts, questions);
        return new LoadResult.Loaded(new Bank(sources, facts, questions, quizzes, topics, version),
                problems.warnings());
    }

    /** The ids each item claims, valid or not, reporting ids claimed twice within a kind. */
    private Set<String> declaredIds(Kind kind) {
        Map<String, Location> first = new LinkedHashMap<>();
        for (YamlNode item : items.get(kind)) {
            if (item instanceof YamlNode.Mapping mapping) {
                mapping.entry("id").map(YamlNode.Entry::value)
                        .filter(v -> v instanceof YamlNode.Scalar s && !s.text().isBlank())
                        .ifPresent(idNode -> {
                            String id = ((YamlNode.Scalar) idNode).text().strip();
                            Location earlier = first.putIfAbsent(id, idNode.location());
                            if (earlier != null) {
                                problems.error(idNode, "duplicate " + kind.singular + " id '" + id
                                        + "': it is already defined at " + earlier);
                            }
                        });
            }
        }
        return first.keySet();
    }

    private <T> Map<String, T> readAll(Kind kind, Function<Fields, Optional<T>> reader, Function<T, String> idOf) {
        Map<String, T> read = new LinkedHashMap<>();
        for (YamlNode item : items.get(kind)) {
            Fields.of(item, "a " + kind.singular, problems).flatMap(reader)
                    .ifPresent(value -> read.putIfAbsent(idOf.apply(value), value));
        }
        return read;
    }

    /**
     * A bank without a quiz is valid (a course may be set up a file at a time) but leaves students nothing to take,
     * which an emptied quizzes file would do without a word; the editor also asks before putting such a bank in
     * service in place of one with quizzes ({@code CurrentBank}).
     */
    private void warnAboutNothingToTake(Map<String, Question> questions, Map<String, Quiz> quizzes) {
        if (questions.isEmpty()) {
            problems.warning(bankLocation, "the bank has no question");
        }
        if (quizzes.isEmpty()) {
            problems.warning(bankLocation, "the bank has no quiz: students have nothing to take");
        }
    }

    /** Imported questions are tied to a placeholder fact until an instructor names the sourced facts they test. */
    private void warnAboutPlaceholders(Map<String, Fact> facts, Map<String, Question> questions) {
        if (facts.values().stream().noneMatch(Fact::isPlaceholder)) {
            return; // most banks: no question to look at
        }
        questions.values().forEach(q -> q.info().factIds().stream().map(facts::get)
                .filter(f -> f != null && f.isPlaceholder()).findFirst()
                .ifPresent(f -> problems.warning(q.info().location(), "question '" + q.id()
                        + "' is not tied to a sourced fact: '" + f.id() + "' is a placeholder; name the facts it"
                        + " tests")));
    }

    private void warnAboutUnusedKinds(Map<String, org.cyberpolicy.quiz.bank.Kind> kinds, Map<String, Fact> facts) {
        Set<String> used = facts.values().stream().flatMap(f -> f.asking().kind().stream()).collect(Collectors.toSet());
        kinds.values().stream().filter(k -> !used.contains(k.id())).forEach(k -> problems.warning(k.location(),
                "kind '" + k.id() + "' is the kind of no fact"));
    }

    private void warnAboutUnused(Map<String, Source> sources, Map<String, Fact> facts, Map<String, Question> questions,
            Map<String, Quiz> quizzes) {
        Set<String> cited = facts.values().stream().flatMap(f -> f.sourceIds().stream()).collect(Collectors.toSet());
        sources.values().stream().filter(s -> !cited.contains(s.id())).forEach(s -> problems.warning(s.location(),
                "source '" + s.id() + "' is cited by no fact"));
        // Loops and sets rather than a stream per question: a bank of many questions is checked here while cold.
        Set<String> tested = new HashSet<>();
        for (Question q : questions.values()) {
            tested.addAll(q.info().factIds());
        }
        facts.values().stream().filter(f -> !tested.contains(f.id())).forEach(f -> problems.warning(f.location(),
                "fact '" + f.id() + "' is tested by no question"));
        // A question is in a quiz when some quiz lists it or some draw of a quiz admits it.
        Set<String> listed = new HashSet<>();
        List<Draw> draws = new ArrayList<>();
        for (Quiz quiz : quizzes.values()) {
            listed.addAll(quiz.questionIds());
            draws.addAll(quiz.draws());
        }
        for (Question q : questions.values()) {
            if (!q.info().generated() && !listed.contains(q.id()) && !admittedByAny(draws, q)) {
                problems.warning(q.info().location(), "question '" + q.id() + "' appears in no quiz");
            }
        }
    }

    private static boolean admittedByAny(List<Draw> draws, Question question) {
        for (Draw draw : draws) {
            if (draw.admits(question)) {
                return true;
            }
        }
        return false;
    }
}
