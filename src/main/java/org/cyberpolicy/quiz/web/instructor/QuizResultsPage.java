package org.cyberpolicy.quiz.web.instructor;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.attempt.CourseTimeConfig;
import org.cyberpolicy.quiz.attempt.Overrides;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.people.SectionScope;
import org.cyberpolicy.quiz.people.Sections;
import org.cyberpolicy.quiz.results.AttemptLine;
import org.cyberpolicy.quiz.results.AttemptQuery;
import org.cyberpolicy.quiz.results.AttemptQuery.Sort;
import org.cyberpolicy.quiz.results.BarChart;
import org.cyberpolicy.quiz.results.Charts;
import org.cyberpolicy.quiz.results.ResultsService;
import org.cyberpolicy.quiz.web.format.Paths;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** One quiz's results: every attempt, sortable and filterable, with the score distribution and each facility. */
@Path("/instructor/quizzes/{quizId}/results")
@RolesAllowed({ Account.INSTRUCTOR, Account.ASSISTANT })
public class QuizResultsPage {

    static final List<Sort> SORTS = List.of(Sort.STUDENT, Sort.STARTED, Sort.FINISHED, Sort.DURATION, Sort.STATE,
            Sort.SCORE, Sort.PERCENT, Sort.PASSED);

    private static final List<ResultsTable.Column> COLUMNS = List.of(
            ResultsTable.Column.sortable("Student", Sort.STUDENT), ResultsTable.Column.plain("Attempt"),
            ResultsTable.Column.sortable("Started", Sort.STARTED),
            ResultsTable.Column.sortable("Finished", Sort.FINISHED),
            ResultsTable.Column.sortable("Duration", Sort.DURATION), ResultsTable.Column.sortable("State", Sort.STATE),
            ResultsTable.Column.sortable("Score", Sort.SCORE), ResultsTable.Column.sortable("Percent", Sort.PERCENT),
            ResultsTable.Column.sortable("Result", Sort.PASSED), ResultsTable.Column.plain("Review"));

    /** What the page shows. The charts cover the graded attempts the filters keep, on every page. */
    public record Page(String quizId, String title, ResultsTable table, int graded,
            Optional<BarChart> histogram, Optional<BarChart> facility, Optional<AccommodationsView> accommodations,
            List<Sections.SectionInfo> sections, String section, boolean assistant) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(Page page);
    }

    private final ResultsService results;
    private final Overrides overrides;
    private final CurrentBank currentBank;
    private final CourseTimeConfig time;

    private final SectionScope scope;
    private final Sections sections;

    QuizResultsPage(ResultsService results, Overrides overrides, CurrentBank currentBank, CourseTimeConfig time,
            SectionScope scope, Sections sections) {
        this.scope = scope;
        this.sections = sections;
        this.results = results;
        this.overrides = overrides;
        this.currentBank = currentBank;
        this.time = time;
    }

    /** The sections the filter offers: every section to an instructor, their own to an assistant. */
    private List<Sections.SectionInfo> visibleSections() {
        List<Sections.SectionInfo> all = sections.list();
        if (!scope.assistant()) {
            return all;
        }
        List<String> own = scope.of(null).sections().orElse(List.of());
        return all.stream().filter(s -> own.contains(s.id())).toList();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("quizId") String quizId, @QueryParam("sort") String sort,
            @QueryParam("dir") String dir, @QueryParam("student") String student, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") String page, @QueryParam("done") String done,
            @QueryParam("section") String section) {
        String title = results.quizTitle(quizId)
                .orElseThrow(() -> Refusal.notFound("There is no quiz '" + quizId + "'."));
        String path = "/instructor/quizzes/" + Paths.segment(quizId) + "/results";
        SectionScope.Students students = scope.of(section);
        Optional<String> chosen = section == null || section.isBlank() ? Optional.empty()
                : Optional.of(section.strip());
        AttemptQuery query = AttemptQuery.parse(sort, dir, student, from, to, page, SORTS).withSection(chosen);
        List<AttemptLine> all = results.attemptsOf(quizId).stream().filter(l -> students.includes(l.accountId()))
                .toList();
        List<AttemptLine> ordered = query.requirePage(all);
        List<AttemptLine> graded = ordered.stream().filter(AttemptLine::graded).toList();
        List<Double> percents = graded.stream().map(AttemptLine::percent).flatMap(Optional::stream)
                .map(Number::doubleValue).toList();
        Set<Long> gradedIds = graded.stream().map(AttemptLine::attemptId).collect(Collectors.toSet());
        List<Charts.Facility> facility = results.facility(quizId, gradedIds);
        Page view = new Page(quizId, title, ResultsTable.of(path, COLUMNS, query, ordered), graded.size(),
                graded.isEmpty() ? Optional.empty() : Optional.of(Charts.histogram("score-chart", percents)),
                facility.isEmpty() ? Optional.empty() : Optional.of(Charts.facility("facility-chart", facility)),
                // Accommodations only for a quiz of the bank: one that only old attempts name cannot be taken. An
                // assistant grants overrides; ending and reopening attempts are the instructor's.
                currentBank.get().quiz(quizId).map(quiz -> AccommodationsView.of(path,
                        overrides.ofQuiz(quizId).stream().filter(g -> students.includes(g.accountId())).toList(),
                        scope.assistant() ? List.of() : all, List.of(quiz), Optional.of(quizId), Optional.empty(),
                        time.timeZone(), done)),
                visibleSections(), chosen.orElse(""), scope.assistant());
        return Response.ok(Templates.results(view)).build();
    }
}
