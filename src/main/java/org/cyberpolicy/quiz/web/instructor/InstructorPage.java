package org.cyberpolicy.quiz.web.instructor;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.marks.RegradeService;
import org.cyberpolicy.quiz.people.Sections;
import org.cyberpolicy.quiz.results.QuizOverview;
import org.cyberpolicy.quiz.results.ResultsService;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.cyberpolicy.quiz.web.format.Numbers;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The staff's start page. An instructor's dashboard: every quiz with its counts, and the way to results, analysis, the
 * bank and exports. An assistant's: their sections, and for each quiz the way to its results and item analysis for
 * those sections (no whole-school counts: an assistant sees their sections' students only).
 */
@Path("/instructor")
@RolesAllowed({ Account.INSTRUCTOR, Account.ASSISTANT })
public class InstructorPage {

    /** A section an assistant looks after, as their start page names it. */
    public record SectionLink(String id, String name, int students) {
    }

    /** A quiz of the bank, for the assistant's links. */
    public record QuizLink(String quizId, String title) {
    }

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

        static native TemplateInstance assistantHome(List<SectionLink> sections, List<QuizLink> quizzes);

    }

    private final ResultsService results;
    private final RegradeService regrades;
    private final Sections sections;
    private final CurrentBank bank;
    private final CallerAccount caller;
    private final SecurityIdentity identity;

    InstructorPage(ResultsService results, RegradeService regrades, Sections sections, CurrentBank bank,
            CallerAccount caller, SecurityIdentity identity) {
        this.results = results;
        this.regrades = regrades;
        this.sections = sections;
        this.bank = bank;
        this.caller = caller;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance dashboard() {
        if (!identity.hasRole(Account.INSTRUCTOR)) {
            List<String> ids = sections.ofAssistant(caller.id());
            List<SectionLink> mine = sections.list().stream().filter(s -> ids.contains(s.id()))
                    .map(s -> new SectionLink(s.id(), s.name(), s.students())).toList();
            return Templates.assistantHome(mine, bank.get().quizzes().values().stream()
                    .map(q -> new QuizLink(q.id(), q.title())).toList());
        }
        return Templates.dashboard(results.overview().stream().map(QuizCard::of).toList(),
                regrades.stale().stream().map(StaleNotice::of).toList());
    }
}
