package org.cyberpolicy.quiz.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.Fact;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.Quiz;
import org.cyberpolicy.quiz.bank.Source;

/**
 * The questions an export holds (the whole bank, or every question one quiz can show: its fixed questions and every
 * question its draws may pick), with the facts they test and the sources of those facts.
 */
public record ExportSelection(String version, List<Question> questions, Map<String, Fact> facts,
        Map<String, Source> sources, Optional<String> quizId) {

    public static ExportSelection of(Bank bank, Optional<String> quizId) {
        List<Question> questions;
        if (quizId.isPresent()) {
            Quiz quiz = bank.quiz(quizId.get())
                    .orElseThrow(() -> new IllegalArgumentException("the bank has no quiz '" + quizId.get() + "'"));
            Set<String> ids = new LinkedHashSet<>(quiz.questionIds());
            bank.questions().values().stream().filter(q -> quiz.draws().stream().anyMatch(d -> d.admits(q)))
                    .forEach(q -> ids.add(q.id()));
            questions = new ArrayList<>(ids.stream().map(bank.questions()::get).toList());
        } else {
            // The bank's own questions: those generated from facts are made again from the facts on every load.
            questions = new ArrayList<>(bank.questions().values().stream().filter(q -> !q.info().generated())
                    .toList());
        }
        Map<String, Fact> facts = new LinkedHashMap<>();
        questions.forEach(q -> bank.factsOf(q).forEach(f -> facts.putIfAbsent(f.id(), f)));
        Map<String, Source> sources = new LinkedHashMap<>();
        facts.values().forEach(f -> f.sourceIds().forEach(s -> sources.putIfAbsent(s, bank.sources().get(s))));
        return new ExportSelection(bank.version(), questions, facts, sources, quizId);
    }

    /** The sources of the facts a question tests, each once. */
    public List<String> sourcesOf(Question question) {
        Set<String> ids = new LinkedHashSet<>();
        question.info().factIds().forEach(f -> ids.addAll(facts.get(f).sourceIds()));
        return List.copyOf(ids);
    }

    /**
     * The annotations of a question, as our import reads them back; {@code withTags} false for a format that
     * carries tags itself (Moodle XML).
     */
    public String annotations(Question q, boolean withTags) {
        StringBuilder line = new StringBuilder();
        q.info().factIds().forEach(f -> line.append("[fact:").append(f).append("] "));
        sourcesOf(q).forEach(s -> line.append("[source:").append(s).append("] "));
        if (withTags) {
            q.info().tags().stream().sorted().forEach(t -> line.append("[tag:").append(Annotations.encode(t))
                    .append("] "));
        }
        q.info().difficulty().ifPresent(d -> line.append("[difficulty:").append(d.yamlName()).append("] "));
        if (q.points().compareTo(java.math.BigDecimal.ONE) != 0) {
            line.append("[points:").append(q.points().stripTrailingZeros().toPlainString()).append("] ");
        }
        line.append("[type:").append(q.type().yamlName()).append("]");
        if (q instanceof Question.MultipleChoice m) {
            line.append(" [scoring:").append(m.scoring().yamlName()).append("]");
        } else if (q instanceof Question.Ordering o) {
            line.append(" [scoring:").append(o.scoring().yamlName()).append("]");
        }
        return line.toString();
    }

    /** What a format that lacks the question's type makes of it, said in a comment; empty when nothing changes. */
    public static Optional<String> nearestTypeNote(Question q, String format) {
        if (q instanceof Question.DateAnswer d) {
            return Optional.of("a date question: " + format + " has no date type, so it is a short answer accepting "
                    + d.answer() + "; our import makes it a date question again");
        }
        if (q instanceof Question.Ordering) {
            return Optional.of("an ordering question: " + format + " has no ordering type, so it is a matching of"
                    + " each item with its place (1 first); our import makes it an ordering question again");
        }
        return Optional.empty();
    }

}
