package org.cyberpolicy.quiz.web.instructor;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.account.session.Sessions;
import org.cyberpolicy.quiz.attempt.CourseTimeConfig;
import org.cyberpolicy.quiz.attempt.Overrides;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.people.SectionScope;
import org.cyberpolicy.quiz.results.AttemptLine;
import org.cyberpolicy.quiz.results.AttemptQuery;
import org.cyberpolicy.quiz.results.AttemptQuery.Sort;
import org.cyberpolicy.quiz.results.ResultsService;
import org.cyberpolicy.quiz.results.StudentInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * One student's attempts at every quiz, for the instructor, or for an assistant of one of the student's sections
 * (who may grant accommodations but not end sessions or attempts).
 */
@Path("/instructor/students/{accountId}")
@RolesAllowed({ Account.INSTRUCTOR, Account.ASSISTANT })
public class StudentResultsPage {

    static final List<Sort> SORTS = List.of(Sort.QUIZ, Sort.STARTED, Sort.FINISHED, Sort.DURATION, Sort.STATE,
            Sort.SCORE, Sort.PERCENT, Sort.PASSED);

    private static final List<ResultsTable.Column> COLUMNS = List.of(ResultsTable.Column.sortable("Quiz", Sort.QUIZ),
            ResultsTable.Column.plain("Attempt"), ResultsTable.Column.sortable("Started", Sort.STARTED),
            ResultsTable.Column.sortable("Finished", Sort.FINISHED),
            ResultsTable.Column.sortable("Duration", Sort.DURATION), ResultsTable.Column.sortable("State", Sort.STATE),
            ResultsTable.Column.sortable("Score", Sort.SCORE), ResultsTable.Column.sortable("Percent", Sort.PERCENT),
            ResultsTable.Column.sortable("Result", Sort.PASSED), ResultsTable.Column.plain("Review"));

    public record Page(StudentInfo student, ResultsTable table, Optional<String> signedOut,
            Optional<AccommodationsView> accommodations, boolean assistant) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance student(Page page);
    }

    private final ResultsService results;
    private final Sessions sessions;
    private final Overrides overrides;
    private final CurrentBank currentBank;
    private final CourseTimeConfig time;
    private final SectionScope scope;

    StudentResultsPage(ResultsService results, Sessions sessions, Overrides overrides, CurrentBank currentBank,
            CourseTimeConfig time, SectionScope scope) {
        this.scope = scope;
        this.results = results;
        this.sessions = sessions;
        this.overrides = overrides;
        this.currentBank = currentBank;
        this.time = time;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("accountId") long accountId, @QueryParam("sort") String sort,
            @QueryParam("dir") String dir, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("signedOut") Integer signedOut,
            @QueryParam("done") String done) {
        scope.requireStudent(accountId);
        StudentInfo student = results.student(accountId)
                .orElseThrow(() -> Refusal.notFound("There is no account " + accountId + "."));
        String path = "/instructor/students/" + accountId;
        AttemptQuery query = AttemptQuery.parse(sort, dir, null, from, to, page, SORTS);
        List<AttemptLine> all = results.attemptsBy(accountId);
        List<AttemptLine> ordered = query.requirePage(all);
        Optional<String> notice = Optional.ofNullable(signedOut).map(ended -> ended == 0
                ? "No session of this account was going on."
                : "Signed out everywhere: " + ended + (ended == 1 ? " session" : " sessions") + " ended.");
        // Accommodations are for students; only quizzes of the bank can be granted any.
        Optional<AccommodationsView> accommodations = Account.STUDENT.equals(student.role())
                ? Optional.of(AccommodationsView.of(path, overrides.ofAccount(accountId),
                        scope.assistant() ? List.of() : all,
                        List.copyOf(currentBank.get().quizzes().values()), Optional.empty(),
                        Optional.of(student.username()), time.timeZone(), done))
                : Optional.empty();
        return Response.ok(Templates.student(new Page(student, ResultsTable.of(path, COLUMNS, query, ordered),
                notice, accommodations, scope.assistant()))).build();
    }

    /** Ends every session of the account, for a lost phone or a shared computer left signed in. */
    @POST
    @Path("/sign-out")
    @RolesAllowed(Account.INSTRUCTOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOutEverywhere(@PathParam("accountId") long accountId) {
        results.student(accountId).orElseThrow(() -> Refusal.notFound("There is no account " + accountId + "."));
        int ended = sessions.endAllOf(accountId, null);
        return Response.seeOther(URI.create("/instructor/students/" + accountId + "?signedOut=" + ended)).build();
    }
}
