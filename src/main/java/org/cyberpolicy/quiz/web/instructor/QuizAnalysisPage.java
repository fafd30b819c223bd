package org.cyberpolicy.quiz.web.instructor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.people.SectionScope;
import org.cyberpolicy.quiz.results.BarChart;
import org.cyberpolicy.quiz.results.Charts;
import org.cyberpolicy.quiz.results.ChoiceLine;
import org.cyberpolicy.quiz.results.Flag;
import org.cyberpolicy.quiz.results.QuestionReport;
import org.cyberpolicy.quiz.results.QuestionStatistics;
import org.cyberpolicy.quiz.results.QuizAnalysis;
import org.cyberpolicy.quiz.results.ResultsService;
import org.cyberpolicy.quiz.results.Scope;
import org.cyberpolicy.quiz.results.TestStatistics;
import org.cyberpolicy.quiz.web.format.Numbers;
import org.cyberpolicy.quiz.web.format.Paths;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** A quiz's item analysis, after Moodle's quiz statistics report: the test as a whole, then each question. */
@Path("/instructor/quizzes/{quizId}/analysis")
@RolesAllowed({ Account.INSTRUCTOR, Account.ASSISTANT })
public class QuizAnalysisPage {

    /** A line of the test statistics: what it is, its value, and how to read it. */
    public record Statistic(String label, String value, String meaning) {
    }

    /** A choice of a choice question with how often it was shown and picked. */
    public record ChoiceRow(String text, boolean correct, int offered, int picked, String percent) {
        static ChoiceRow of(ChoiceLine line) {
            return new ChoiceRow(line.text(), line.correct(), line.offered(), line.picked(),
                    Numbers.decimal(line.pickedPercent(), 1) + "%");
        }
    }

    /** One question's statistics, in words, with where to fix it. */
    public record QuestionRow(int number, String anchor, String questionId, String prompt, String typeLabel,
            boolean inBank, String location, Optional<String> editorLink, int attempts, String facility,
            String standardDeviation, String discrimination, String efficiency, List<ChoiceRow> choices,
            List<String> flags) {

        public boolean flagged() {
            return !flags.isEmpty();
        }
    }

    public record Page(String quizId, String title, boolean first, String firstLink, String allLink, int attempts,
            List<Statistic> test, List<QuestionRow> questions, long flagged, Optional<BarChart> facility) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance analysis(Page page);
    }

    private final ResultsService results;
    private final SectionScope sectionScope;

    QuizAnalysisPage(ResultsService results, SectionScope sectionScope) {
        this.results = results;
        this.sectionScope = sectionScope;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("quizId") String quizId, @QueryParam("attempts") String attempts,
            @QueryParam("section") String section) {
        SectionScope.Students students = sectionScope.of(section);
        String sectionParameter = section == null || section.isBlank() ? ""
                : "&section=" + java.net.URLEncoder.encode(section.strip(), java.nio.charset.StandardCharsets.UTF_8);
        if (results.quizTitle(quizId).isEmpty()) {
            throw Refusal.notFound("There is no quiz '" + quizId + "'.");
        }
        String path = "/instructor/quizzes/" + Paths.segment(quizId) + "/analysis";
        Scope scope = attempts == null || attempts.isBlank() ? Scope.FIRST
                : Scope.named(attempts.trim()).orElseThrow(() -> Refusal.invalid("attempts must be first or all."));
        QuizAnalysis analysis = results.analysis(quizId, scope, students.accounts());
        List<QuestionRow> questions = new ArrayList<>();
        for (int i = 0; i < analysis.questions().size(); i++) {
            questions.add(row(i + 1, analysis.questions().get(i)));
        }
        List<Charts.Facility> facility = analysis.questions().stream()
                .map(q -> new Charts.Facility(q.questionId(), q.statistics().facility())).toList();
        Page page = new Page(quizId, analysis.title(), scope == Scope.FIRST, path + "?attempts=first" + sectionParameter,
                path + "?attempts=all" + sectionParameter, analysis.test().attempts(), test(analysis.test(), analysis.maxScore()),
                questions, analysis.flaggedCount(),
                facility.isEmpty() ? Optional.empty() : Optional.of(Charts.facility("facility-chart", facility)));
        return Response.ok(Templates.analysis(page)).build();
    }

    private static QuestionRow row(int number, QuestionReport q) {
        QuestionStatistics s = q.statistics();
        Optional<String> editor = q.relativeFile().map(file -> "/instructor/bank/files/" + Paths.file(file)
                + "#L" + q.location().line());
        return new QuestionRow(number, "q-" + number, q.questionId(), q.prompt(), q.typeLabel(), q.inBank(),
                q.location().toString(), editor, s.attempts(), Numbers.decimal(s.facility(), 1) + "%",
                percent(s.standardDeviation()), Numbers.decimal(s.discrimination(), 1),
                Numbers.decimal(s.efficiency(), 1), q.choices().stream().map(ChoiceRow::of).toList(),
                q.flags().stream().map(Flag::message).toList());
    }

    private static String percent(OptionalDouble value) {
        return value.isPresent() ? Numbers.decimal(value.getAsDouble(), 1) + "%" : "\u2014";
    }

    private static List<Statistic> test(TestStatistics t, OptionalDouble max) {
        List<Statistic> rows = new ArrayList<>();
        rows.add(new Statistic("Attempts analysed", String.valueOf(t.attempts()), "Graded attempts counted here."));
        if (t.attempts() == 0) {
            return rows;
        }
        rows.add(new Statistic("Average score", points(OptionalDouble.of(t.mean()), max),
                "The mean of the attempts' total scores."));
        rows.add(new Statistic("Median score", points(OptionalDouble.of(t.median()), max),
                "Half the attempts scored at most this."));
        rows.add(new Statistic("Standard deviation", points(t.standardDeviation(), max),
                "How far total scores typically lie from the average."));
        rows.add(new Statistic("Skewness", Numbers.decimal(t.skewness(), 4),
                "Below zero: scores bunch towards the top with a tail of low scores; above zero the opposite."));
        rows.add(new Statistic("Kurtosis", Numbers.decimal(t.kurtosis(), 4),
                "Above zero: more scores near the centre and in the tails than a normal spread; below zero: flatter."));
        rows.add(new Statistic("Coefficient of internal consistency (Cronbach\u2019s alpha)",
                t.alpha().isPresent() ? Numbers.decimal(t.alpha().getAsDouble(), 2) + "%"
                        : "Not available. " + t.alphaUnavailable().orElse(""),
                "How consistently the questions measure the same thing; above 75% is good for a class test."));
        rows.add(new Statistic("Standard error of measurement", points(t.standardError(), max),
                "SD \u00d7 \u221a(1 \u2212 alpha): how much a student's score could move from chance alone."));
        return rows;
    }

    private static String points(OptionalDouble value, OptionalDouble max) {
        if (value.isEmpty()) {
            return "\u2014";
        }
        String points = Numbers.decimal(value.getAsDouble(), 2);
        if (max.isPresent() && max.getAsDouble() > 0) {
            return points + " / " + Numbers.decimal(max.getAsDouble(), 2) + " ("
                    + Numbers.decimal(100 * value.getAsDouble() / max.getAsDouble(), 1) + "%)";
        }
        return points + " points";
    }
}
