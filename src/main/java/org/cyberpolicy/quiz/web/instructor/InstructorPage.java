package org.cyberpolicy.quiz.web.instructor;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.results.QuizOverview;
import org.cyberpolicy.quiz.results.ResultsService;
import org.cyberpolicy.quiz.web.format.Numbers;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The instructor's dashboard: every quiz with its counts, and the way to results, analysis, the bank and exports. */
@Path("/instructor")
@RolesAllowed(Account.INSTRUCTOR)
public class InstructorPage {

    /** One quiz of the dashboard, in words. */
    public record QuizCard(String quizId, String title, boolean inBank, int students, int gradedAttempts,
            int openAttempts, String meanPercent) {

        static QuizCard of(QuizOverview quiz) {
            return new QuizCard(quiz.quizId(), quiz.title(), quiz.inBank(), quiz.students(), quiz.gradedAttempts(),
                    quiz.openAttempts(), quiz.meanPercent().map(p -> Numbers.plain(p) + "%").orElse("\u2014"));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(List<QuizCard> quizzes);

    }

    private final ResultsService results;

    InstructorPage(ResultsService results) {
        this.results = results;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance dashboard() {
        return Templates.dashboard(results.overview().stream().map(QuizCard::of).toList());
    }
}
