package org.cyberpolicy.quiz.web.instructor;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
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
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.marks.MarkKind;
import org.cyberpolicy.quiz.marks.RegradeService;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.cyberpolicy.quiz.web.format.Numbers;
import org.cyberpolicy.quiz.web.format.Paths;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Regrading after a correction of the bank, in the browser: the questions and the mode, the dry run's table (per
 * attempt, old and new score, the questions that cannot be regraded), and a form that applies exactly that. By quiz
 * ({@code /instructor/quizzes/{quizId}/regrade}) or by fact ({@code /instructor/facts/{factId}/regrade}).
 */
@Path("/instructor")
@RolesAllowed(Account.INSTRUCTOR)
public class RegradePage {

    /** A question to tick, and whether it is ticked. */
    public record QuestionChoice(String id, boolean selected, boolean changed) {
    }

    /** A mode to pick. */
    public record ModeChoice(String apiName, String label, boolean selected) {
    }

    /** One attempt of the dry run, in words. */
    public record Line(long attemptId, String student, String username, String quiz, int number, String oldScore,
            String newScore, String originalScore, boolean changed, List<String> changes, List<String> problems) {
    }

    /** The page: what is regraded ({@code target}), the form's choices, the dry run, and what happened. */
    public record Page(String title, String path, String backPath, boolean byQuiz, List<QuestionChoice> questions,
            List<ModeChoice> modes, String mode, List<String> selected, List<Line> lines, long changedMarks,
            long changedAttempts, long problems, List<String> facts, Optional<String> notice) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance regrade(Page page);
    }

    private final RegradeService regrades;
    private final CurrentBank currentBank;
    private final CallerAccount caller;

    RegradePage(RegradeService regrades, CurrentBank currentBank, CallerAccount caller) {
        this.regrades = regrades;
        this.currentBank = currentBank;
        this.caller = caller;
    }

    @GET
    @Path("/quizzes/{quizId}/regrade")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance quiz(@PathParam("quizId") String quizId, @QueryParam("mode") String mode,
            @QueryParam("question") List<String> questions, @QueryParam("applied") Long applied) {
        MarkKind kind = mode(mode);
        RegradeService.Report dry = regrades.quiz(caller.id(), quizId, questions, kind, true, null);
        List<String> changed = regrades.stale().stream().filter(s -> s.quizId().equals(quizId)).findFirst()
                .map(RegradeService.Staleness::questionIds).orElse(List.of());
        List<QuestionChoice> choices = regrades.questionsShown(quizId).stream()
                .map(id -> new QuestionChoice(id, dry.questions().contains(id), changed.contains(id))).toList();
        String title = currentBank.get().quiz(quizId).map(q -> q.title()).orElse(quizId);
        List<String> facts = dry.questions().stream().flatMap(id -> currentBank.get().question(id).stream())
                .flatMap(q -> q.info().factIds().stream()).distinct().toList();
        return Templates.regrade(page("Regrade " + title, "/instructor/quizzes/" + Paths.segment(quizId)
                + "/regrade", "/instructor/quizzes/" + Paths.segment(quizId) + "/results", true, choices, kind, dry,
                facts, applied));
    }

    @GET
    @Path("/facts/{factId}/regrade")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance fact(@PathParam("factId") String factId, @QueryParam("mode") String mode,
            @QueryParam("applied") Long applied) {
        MarkKind kind = mode(mode);
        RegradeService.Report dry = regrades.fact(caller.id(), factId, kind, true, null);
        return Templates.regrade(page("Regrade the questions of fact " + factId, "/instructor/facts/"
                + Paths.segment(factId) + "/regrade", "/instructor", false, List.of(), kind, dry, List.of(),
                applied));
    }

    @POST
    @Path("/quizzes/{quizId}/regrade")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response applyQuiz(@PathParam("quizId") String quizId, @FormParam("mode") String mode,
            @FormParam("question") List<String> questions, @FormParam("comment") String comment) {
        if (questions == null || questions.isEmpty()) {
            throw Refusal.invalid("Tick at least one question to regrade.");
        }
        RegradeService.Report report = regrades.quiz(caller.id(), quizId, questions, mode(mode), false, comment);
        String query = questions.stream().map(q -> "question=" + Paths.queryValue(q))
                .collect(Collectors.joining("&"));
        return Response.seeOther(URI.create("/instructor/quizzes/" + Paths.segment(quizId) + "/regrade?mode="
                + mode(mode).apiName() + "&" + query + "&applied=" + report.changedMarks())).build();
    }

    @POST
    @Path("/facts/{factId}/regrade")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response applyFact(@PathParam("factId") String factId, @FormParam("mode") String mode,
            @FormParam("comment") String comment) {
        RegradeService.Report report = regrades.fact(caller.id(), factId, mode(mode), false, comment);
        return Response.seeOther(URI.create("/instructor/facts/" + Paths.segment(factId) + "/regrade?mode="
                + mode(mode).apiName() + "&applied=" + report.changedMarks())).build();
    }

    private static MarkKind mode(String mode) {
        if (mode == null || mode.isBlank()) {
            return MarkKind.NEW_KEY;
        }
        return MarkKind.regradeMode(mode).orElseThrow(() -> Refusal.invalid("The mode must be new-key, full-credit"
                + " or drop."));
    }

    private static Page page(String title, String path, String backPath, boolean byQuiz,
            List<QuestionChoice> questions, MarkKind kind, RegradeService.Report dry, List<String> facts,
            Long applied) {
        List<ModeChoice> modes = new ArrayList<>();
        for (MarkKind k : MarkKind.values()) {
            if (k.regrade()) {
                modes.add(new ModeChoice(k.apiName(), k.label(), k == kind));
            }
        }
        List<Line> lines = dry.attempts().stream().map(a -> new Line(a.attemptId(), a.displayName(), a.username(),
                a.quizTitle(), a.number(), Numbers.plain(a.oldScore()) + " / " + Numbers.plain(a.oldMaxScore()),
                Numbers.plain(a.newScore()) + " / " + Numbers.plain(a.newMaxScore()), Numbers.plain(a.originalScore()),
                a.changed(), a.changes().stream().map(c -> "Question " + c.position() + " (" + c.questionId() + "): "
                        + Numbers.plain(c.oldScore()) + " \u2192 " + Numbers.plain(c.newScore())
                        + (c.counted() ? "" : ", no longer counted")).toList(),
                a.problems().stream().map(p -> "Question " + p.position() + " (" + p.questionId() + "): "
                        + p.message()).toList())).toList();
        Optional<String> notice = Optional.ofNullable(applied).map(n -> n == 0
                ? "Applied: no mark needed to change."
                : "Applied: " + n + (n == 1 ? " mark" : " marks") + " changed. The table below is a new dry run:"
                        + " running the regrade again would change nothing more.");
        return new Page(title, path, backPath, byQuiz, questions, modes, kind.apiName(), dry.questions(), lines,
                dry.changedMarks(), dry.changedAttempts(), dry.problems(), facts, notice);
    }
}
