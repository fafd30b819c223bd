package org.cyberpolicy.quiz.web.instructor;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Optional;

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
import org.cyberpolicy.quiz.attempt.AttemptResult;
import org.cyberpolicy.quiz.attempt.AttemptService;
import org.cyberpolicy.quiz.engine.Mark;
import org.cyberpolicy.quiz.marks.MarkService;
import org.cyberpolicy.quiz.people.SectionScope;
import org.cyberpolicy.quiz.results.AttemptLine;
import org.cyberpolicy.quiz.results.ResultsService;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.cyberpolicy.quiz.web.format.Numbers;
import org.cyberpolicy.quiz.web.format.Paths;
import org.cyberpolicy.quiz.web.format.Times;
import org.cyberpolicy.quiz.web.questions.AttemptReview;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A student's attempt review exactly as the student sees it, for the instructor (or an assistant of the student's
 * sections), with a form to change each question's mark and the audit trail of the changes made so far.
 */
@Path("/instructor/attempts/{attemptId}")
@RolesAllowed({ Account.INSTRUCTOR, Account.ASSISTANT })
public class InstructorReviewPage {

    /** One question's mark and its form. */
    public record MarkLine(int position, String questionId, String prompt, String score, String maxScore,
            String comment) {
    }

    /** One change of the audit trail, in words. */
    public record ChangeLine(String question, String kind, String oldScore, String newScore, String comment,
            String changedBy, String changedAt) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(AttemptReview page, AttemptLine attempt, String quizPath,
                List<MarkLine> marks, List<ChangeLine> changes, Optional<String> notice);
    }

    private final AttemptService attempts;
    private final ResultsService results;
    private final MarkService marks;
    private final CallerAccount caller;
    private final SectionScope scope;

    InstructorReviewPage(AttemptService attempts, ResultsService results, MarkService marks, CallerAccount caller,
            SectionScope scope) {
        this.scope = scope;
        this.attempts = attempts;
        this.results = results;
        this.marks = marks;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("attemptId") long attemptId, @QueryParam("marked") String marked) {
        scope.requireAttemptOf(attemptId);
        AttemptLine line = results.attempt(attemptId)
                .orElseThrow(() -> Refusal.notFound("There is no attempt " + attemptId + "."));
        String quizPath = "/instructor/quizzes/" + Paths.segment(line.quizId()) + "/results";
        AttemptResult result = attempts.resultForInstructor(attemptId);
        AttemptReview review = AttemptReview.of(result);
        List<MarkLine> lines = result.questions().stream().map(q -> new MarkLine(q.position(), q.question().id(),
                q.question().prompt(), q.mark().map(Mark::score).map(Numbers::plain).orElse(""),
                Numbers.plain(q.question().points()),
                result.noteAt(q.position()).flatMap(n -> n.comment()).orElse(""))).toList();
        List<ChangeLine> changes = marks.trail(attemptId).stream().map(c -> new ChangeLine(c.questionId(),
                c.kind().label(), Numbers.plain(c.oldScore()) + (c.oldCounted() ? "" : " (not counted)"),
                Numbers.plain(c.newScore()) + (c.newCounted() ? "" : " (not counted)"), c.comment().orElse(""),
                c.changedBy(), Times.readable(c.changedAt()))).toList();
        Optional<String> notice = Optional.ofNullable(marked).filter(id -> !id.isBlank())
                .map(id -> "The mark of " + id + " is saved; the attempt's score is now "
                        + review.score().orElse("?") + " / " + review.maxScore() + ".");
        return Response.ok(Templates.review(review, line, quizPath, lines, changes, notice)).build();
    }

    /** The form of one question's mark; a bad mark gets the error page's 400 and changes nothing. */
    @POST
    @Path("/questions/{questionId}/mark")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response mark(@PathParam("attemptId") long attemptId, @PathParam("questionId") String questionId,
            @FormParam("score") String score, @FormParam("comment") String comment) {
        scope.requireAttemptOf(attemptId);
        BigDecimal mark;
        try {
            mark = new BigDecimal(score == null ? "" : score.strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalid("The mark must be a number, such as 0.5.");
        }
        marks.set(caller.id(), attemptId, questionId, mark, comment);
        return Response.seeOther(URI.create("/instructor/attempts/" + attemptId + "?marked="
                + Paths.segment(questionId) + "#marks")).build();
    }
}
