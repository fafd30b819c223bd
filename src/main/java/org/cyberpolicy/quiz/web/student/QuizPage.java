package org.cyberpolicy.quiz.web.student;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.attempt.AttemptService;
import org.cyberpolicy.quiz.attempt.AttemptSummary;
import org.cyberpolicy.quiz.attempt.QuizProgress;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.Quiz;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.cyberpolicy.quiz.web.format.Numbers;
import org.cyberpolicy.quiz.web.format.TimeTag;
import org.cyberpolicy.quiz.web.format.Times;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** A quiz's page: its rules, the student's attempts so far, and the button to start or resume. */
@Path("/quizzes/{quizId}")
@Authenticated
public class QuizPage {

    /** One row of the attempt history, in words. */
    public record AttemptRow(long id, int number, String state, boolean open, String started, String finished,
            String score, String percent, String passed) {

        static AttemptRow of(AttemptSummary a) {
            return new AttemptRow(a.id(), a.number(), a.state().label(), a.open(),
                    Times.readable(a.startedAt()), a.finishedAt().map(Times::readable).orElse(""),
                    a.score().map(s -> Numbers.plain(s) + " / " + Numbers.plain(a.maxScore())).orElse(""),
                    a.percent().map(p -> Numbers.plain(p) + "%").orElse(""),
                    a.passed().map(p -> p ? "Passed" : "Not passed").orElse(""));
        }
    }

    public record Page(QuizSummary quiz, String grading, Optional<String> passMark, QuizProgress progress,
            List<AttemptRow> attempts, Optional<String> best, Optional<String> problem) {

        /** When the quiz opens for this student, if it has an opening time. */
        public Optional<TimeTag> opens() {
            return progress.opens().map(TimeTag::of);
        }

        public Optional<TimeTag> closes() {
            return progress.closes().map(TimeTag::of);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quiz(Page page);
    }

    private final CurrentBank bank;
    private final AttemptService attempts;
    private final CallerAccount caller;

    QuizPage(CurrentBank bank, AttemptService attempts, CallerAccount caller) {
        this.bank = bank;
        this.attempts = attempts;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("quizId") String quizId) {
        return page(quizId, Optional.empty(), 200);
    }

    @POST
    @Path("/attempts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response start(@PathParam("quizId") String quizId) {
        try {
            AttemptService.Started started = attempts.start(caller.id(), quizId);
            return Response.seeOther(URI.create("/attempts/" + started.sheet().id())).build();
        } catch (Refusal refused) {
            if (refused.reason() != Refusal.Reason.CONFLICT) {
                throw refused;
            }
            // No attempt left, not open yet, closed, or too soon: the quiz's page says so beside the attempts used.
            return page(quizId, Optional.of(refused.getMessage()), 409);
        }
    }

    private Response page(String quizId, Optional<String> problem, int status) {
        Quiz q = bank.get().quiz(quizId).orElseThrow(() -> Refusal.notFound("There is no quiz '" + quizId + "'."));
        QuizProgress progress = attempts.progress(caller.id()).get(quizId);
        Page page = new Page(QuizSummary.of(q), grading(q.grading()),
                q.passMark().map(p -> Numbers.plain(p) + "%"), progress,
                progress.attempts().stream().map(AttemptRow::of).toList(),
                progress.bestPercent().map(p -> Numbers.plain(p) + "%"), problem);
        return Response.status(status).entity(Templates.quiz(page)).type(MediaType.TEXT_HTML).build();
    }

    private static String grading(Quiz.Grading grading) {
        return switch (grading) {
            case HIGHEST -> "your highest score counts";
            case LATEST -> "your latest attempt counts";
            case FIRST -> "your first attempt counts";
            case AVERAGE -> "the average of your attempts counts";
        };
    }
}
