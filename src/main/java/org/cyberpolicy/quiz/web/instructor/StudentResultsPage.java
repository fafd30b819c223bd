package org.cyberpolicy.quiz.web.instructor;

import java.util.List;

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
import org.cyberpolicy.quiz.results.AttemptLine;
import org.cyberpolicy.quiz.results.AttemptQuery;
import org.cyberpolicy.quiz.results.AttemptQuery.Sort;
import org.cyberpolicy.quiz.results.ResultsService;
import org.cyberpolicy.quiz.results.StudentInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** One student's attempts at every quiz, for the instructor. */
@Path("/instructor/students/{accountId}")
@RolesAllowed(Account.INSTRUCTOR)
public class StudentResultsPage {

    static final List<Sort> SORTS = List.of(Sort.QUIZ, Sort.STARTED, Sort.FINISHED, Sort.DURATION, Sort.STATE,
            Sort.SCORE, Sort.PERCENT, Sort.PASSED);

    private static final List<ResultsTable.Column> COLUMNS = List.of(ResultsTable.Column.sortable("Quiz", Sort.QUIZ),
            ResultsTable.Column.plain("Attempt"), ResultsTable.Column.sortable("Started", Sort.STARTED),
            ResultsTable.Column.sortable("Finished", Sort.FINISHED),
            ResultsTable.Column.sortable("Duration", Sort.DURATION), ResultsTable.Column.sortable("State", Sort.STATE),
            ResultsTable.Column.sortable("Score", Sort.SCORE), ResultsTable.Column.sortable("Percent", Sort.PERCENT),
            ResultsTable.Column.sortable("Result", Sort.PASSED), ResultsTable.Column.plain("Review"));

    public record Page(StudentInfo student, ResultsTable table) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance student(Page page);
    }

    private final ResultsService results;

    StudentResultsPage(ResultsService results) {
        this.results = results;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("accountId") long accountId, @QueryParam("sort") String sort,
            @QueryParam("dir") String dir, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page) {
        StudentInfo student = results.student(accountId)
                .orElseThrow(() -> Refusal.notFound("There is no account " + accountId + "."));
        String path = "/instructor/students/" + accountId;
        AttemptQuery query = AttemptQuery.parse(sort, dir, null, from, to, page, SORTS);
        List<AttemptLine> ordered = query.requirePage(results.attemptsBy(accountId));
        return Response.ok(Templates.student(new Page(student, ResultsTable.of(path, COLUMNS, query, ordered))))
                .build();
    }
}
