package org.cyberpolicy.quiz.web.instructor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.attempt.AttemptService;
import org.cyberpolicy.quiz.results.AttemptLine;
import org.cyberpolicy.quiz.results.ResultsService;
import org.cyberpolicy.quiz.web.format.Paths;
import org.cyberpolicy.quiz.web.questions.AttemptReview;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** A student's attempt review exactly as the student saw it, for the instructor. */
@Path("/instructor/attempts/{attemptId}")
@RolesAllowed(Account.INSTRUCTOR)
public class InstructorReviewPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(AttemptReview page, AttemptLine attempt, String quizPath);
    }

    private final AttemptService attempts;
    private final ResultsService results;

    InstructorReviewPage(AttemptService attempts, ResultsService results) {
        this.attempts = attempts;
        this.results = results;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("attemptId") long attemptId) {
        AttemptLine line = results.attempt(attemptId)
                .orElseThrow(() -> Refusal.notFound("There is no attempt " + attemptId + "."));
        String quizPath = "/instructor/quizzes/" + Paths.segment(line.quizId()) + "/results";
        AttemptReview review = AttemptReview.of(attempts.resultForInstructor(attemptId));
        return Response.ok(Templates.review(review, line, quizPath)).build();
    }
}
