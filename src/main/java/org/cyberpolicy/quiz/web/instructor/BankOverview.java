package org.cyberpolicy.quiz.web.instructor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.cyberpolicy.quiz.attempt.QuestionUsage;
import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.Draw;
import org.cyberpolicy.quiz.bank.LoadStatus;
import org.cyberpolicy.quiz.bank.Location;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.Quiz;
import org.cyberpolicy.quiz.bank.Source;
import org.cyberpolicy.quiz.bank.edit.BankFiles;
import org.cyberpolicy.quiz.web.format.Numbers;
import org.cyberpolicy.quiz.web.format.Times;

/** Everything the bank page shows, in words, built from the bank in service, the last load and the usage counts. */
public record BankOverview(String version, String summary, Status status, List<FileRow> files, List<SourceRow> sources,
        List<FactRow> facts, List<QuestionRow> questions, List<GeneratedFact> generated, List<QuizRow> quizzes) {

    /** The validator's verdict on the files at the last load. */
    public record Status(String at, String cause, boolean accepted, String runningVersion, List<ProblemLine> errors,
            List<ProblemLine> warnings) {
    }

    /** A place in a file, as a label and a link into the editor. */
    public record Place(String label, Optional<String> link) {
    }

    public record FileRow(String name, String link) {
    }

    public record SourceRow(String id, String citation, Optional<String> url, int factCount, Place place) {
    }

    public record FactRow(String id, String statement, List<String> sources, List<String> questions, Place place) {
    }

    public record QuestionRow(String id, String type, String prompt, List<String> facts, String difficulty,
            String tags, String points, long timesShown, String meanScore, Place place) {
    }

    /** A fact's generated questions, with their keys: what an instructor checks before students see them. */
    public record GeneratedFact(String factId, String kind, List<GeneratedRow> questions, Place place) {
    }

    /** {@code key} is the answer in words; for a choice, {@code choices} mark the right ones. */
    public record GeneratedRow(String id, String type, String prompt, List<ChoiceKey> choices, String key,
            String difficulty, String tags, long timesShown, String meanScore) {
    }

    public record ChoiceKey(String id, String text, boolean correct) {
    }

    public record QuizRow(String id, String title, String mode, int questionCount, String selection, Place place) {
    }

    static BankOverview of(Bank bank, LoadStatus last, BankFiles files, Map<String, QuestionUsage> usage) {
        Status status = new Status(Times.readable(last.at()), last.cause(), last.accepted(), last.runningVersion(),
                ProblemLine.of(last.errors(), files), ProblemLine.of(last.warnings(), files));
        List<FileRow> fileRows = files.list().stream()
                .map(file -> new FileRow(file.relative(), ProblemLine.editorPath(file.relative()))).toList();

        Map<String, List<String>> questionsByFact = new LinkedHashMap<>();
        for (Question question : bank.questions().values()) {
            for (String fact : question.info().factIds()) {
                questionsByFact.computeIfAbsent(fact, f -> new ArrayList<>()).add(question.id());
            }
        }
        List<SourceRow> sources = bank.sources().values().stream().map(source -> sourceRow(source, bank, files))
                .toList();
        List<FactRow> facts = bank.facts().values().stream().map(fact -> new FactRow(fact.id(), fact.statement(),
                fact.sourceIds(), questionsByFact.getOrDefault(fact.id(), List.of()), place(fact.location(), files)))
                .toList();
        List<QuestionRow> questions = bank.questions().values().stream().filter(q -> !q.info().generated())
                .map(question -> questionRow(question, usage.get(question.id()), files)).toList();
        List<GeneratedFact> generated = bank.facts().values().stream()
                .map(fact -> new GeneratedFact(fact.id(), fact.asking().kind().orElse(""), bank.generatedFrom(fact)
                        .stream().map(q -> generatedRow(q, usage.get(q.id()))).toList(), place(fact.location(), files)))
                .filter(g -> !g.questions().isEmpty()).toList();
        List<QuizRow> quizzes = bank.quizzes().values().stream().map(quiz -> quizRow(quiz, files)).toList();
        return new BankOverview(bank.version(), bank.summary(), status, fileRows, sources, facts, questions,
                generated, quizzes);
    }

    private static GeneratedRow generatedRow(Question question, QuestionUsage usage) {
        List<ChoiceKey> choices = List.of();
        String key = "";
        if (question instanceof Question.SingleChoice single) {
            choices = single.choices().stream().map(c -> new ChoiceKey(c.id(), c.text(), c.correct())).toList();
        } else if (question instanceof Question.MultipleChoice multiple) {
            choices = multiple.choices().stream().map(c -> new ChoiceKey(c.id(), c.text(), c.correct())).toList();
        } else if (question instanceof Question.TrueFalse trueFalse) {
            key = trueFalse.answer() ? "True" : "False";
        } else if (question instanceof Question.Numeric numeric) {
            key = Numbers.plain(numeric.answer()) + (numeric.tolerance().signum() == 0 ? ""
                    : " \u00b1 " + Numbers.plain(numeric.tolerance()));
        } else if (question instanceof Question.DateAnswer date) {
            key = date.answer() + " (to the " + date.answer().precision().name().toLowerCase() + ")";
        } else if (question instanceof Question.ShortAnswer shortAnswer) {
            key = String.join("; ", shortAnswer.answers());
        }
        Optional<BigDecimal> mean = usage == null ? Optional.empty() : usage.meanPercent();
        return new GeneratedRow(question.id(), question.type().label(), question.prompt(), choices, key,
                question.info().difficulty().map(d -> d.yamlName()).orElse(""),
                question.info().tags().stream().sorted().collect(Collectors.joining(", ")),
                usage == null ? 0 : usage.timesShown(), mean.map(m -> Numbers.plain(m) + "%").orElse(""));
    }

    private static SourceRow sourceRow(Source source, Bank bank, BankFiles files) {
        int factCount = (int) bank.facts().values().stream().filter(f -> f.sourceIds().contains(source.id())).count();
        return new SourceRow(source.id(), source.citation(), source.url(), factCount, place(source.location(), files));
    }

    private static QuestionRow questionRow(Question question, QuestionUsage usage, BankFiles files) {
        var info = question.info();
        String tags = info.tags().stream().sorted().collect(Collectors.joining(", "));
        Optional<BigDecimal> mean = usage == null ? Optional.empty() : usage.meanPercent();
        return new QuestionRow(question.id(), question.type().label(), question.prompt(), info.factIds(),
                info.difficulty().map(d -> d.yamlName()).orElse(""), tags, Numbers.plain(question.points()),
                usage == null ? 0 : usage.timesShown(), mean.map(m -> Numbers.plain(m) + "%").orElse(""),
                place(info.location(), files));
    }

    private static QuizRow quizRow(Quiz quiz, BankFiles files) {
        List<String> parts = new ArrayList<>();
        if (!quiz.questionIds().isEmpty()) {
            parts.add(String.join(", ", quiz.questionIds()));
        }
        for (Draw draw : quiz.draws()) {
            String filter = draw.tags().isEmpty() ? "any question"
                    : "tagged " + draw.tags().stream().sorted().collect(Collectors.joining(" + "));
            parts.add(draw.count() + " drawn from " + filter + draw.difficulty().map(d -> ", " + d.yamlName())
                    .orElse("") + switch (draw.generated()) {
                        case INCLUDE -> "";
                        case ONLY -> ", generated only";
                        case EXCLUDE -> ", hand-written only";
                    });
        }
        return new QuizRow(quiz.id(), quiz.title(), quiz.mode().name().toLowerCase(), quiz.questionCount(),
                String.join("; ", parts), place(quiz.location(), files));
    }

    private static Place place(Location location, BankFiles files) {
        Optional<String> relative = files.relativeOf(location.file());
        return new Place(relative.map(r -> r + ":" + location.line()).orElse(location.toString()),
                relative.map(r -> ProblemLine.editorLink(r, location.line())));
    }
}
