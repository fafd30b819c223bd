package org.cyberpolicy.quiz.web.instructor;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.marks.RegradeService;
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

    /** A quiz whose graded attempts used an older version of some of its questions, in words. */
    public record StaleNotice(String quizId, String title, String sentence) {

        static StaleNotice of(RegradeService.Staleness s) {
            int questions = s.questionIds().size();
            String sentence = questions + (questions == 1 ? " question" : " questions") + " changed since "
                    + s.attempts() + (s.attempts() == 1 ? " attempt was" : " attempts were") + " graded; "
                    + s.marksWouldChange() + (s.marksWouldChange() == 1 ? " mark" : " marks") + " would change"
                    + (s.problems() == 0 ? "" : ", " + s.problems() + (s.problems() == 1 ? " answer" : " answers")
                            + " cannot be regraded");
            return new StaleNotice(s.quizId(), s.quizTitle(), sentence);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(List<QuizCard> quizzes, List<StaleNotice> stale);

    }

    private final ResultsService results;
    private final RegradeService regrades;

    InstructorPage(ResultsService results, RegradeService regrades) {
        this.results = results;
        this.regrades = regrades;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance dashboard() {
        return Templates.dashboard(results.overview().stream().map(QuizCard::of).toList(),
                regrades.stale().stream().map(StaleNotice::of).toList());
    }
}
