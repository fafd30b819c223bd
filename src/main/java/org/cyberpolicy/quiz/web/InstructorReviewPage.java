package org.cyberpolicy.quiz.web;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.attempt.AttemptRefused;
import org.cyberpolicy.quiz.attempt.AttemptService;
import org.cyberpolicy.quiz.results.AttemptLine;
import org.cyberpolicy.quiz.results.ResultsService;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** A student's attempt review exactly as the student saw it, for the instructor. */
@Path("/instructor/attempts/{attemptId}")
@RolesAllowed(Account.INSTRUCTOR)
public class InstructorReviewPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(AttemptPage.Review page, AttemptLine attempt, String quizPath);
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
        Optional<AttemptLine> line = results.attempt(attemptId);
        if (line.isEmpty()) {
            return InstructorPage.problem(404, "Not found", List.of("There is no attempt " + attemptId + "."),
                    "/instructor", "Back to the dashboard");
        }
        String quizPath = "/instructor/quizzes/" + Paths.segment(line.get().quizId()) + "/results";
        try {
            AttemptPage.Review review = AttemptPage.review(attempts.resultForInstructor(attemptId));
            return Response.ok(Templates.review(review, line.get(), quizPath)).build();
        } catch (AttemptRefused refused) {
            boolean missing = refused.why() == AttemptRefused.Why.NOT_FOUND;
            return InstructorPage.problem(missing ? 404 : 409, missing ? "Not found" : "Not reviewable yet",
                    List.of(refused.getMessage()), quizPath, "Back to the quiz's results");
        }
    }
}
