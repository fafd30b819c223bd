package org.cyberpolicy.quiz.web.instructor;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.people.SectionScope;
import org.cyberpolicy.quiz.training.TrainingProgress;
import org.cyberpolicy.quiz.web.format.Horizon;
import org.cyberpolicy.quiz.web.format.Numbers;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** What the class remembers, fact by fact, the least known first, each linked to the questions that test it. */
@Path("/instructor/training")
@RolesAllowed(Account.INSTRUCTOR)
public class InstructorTrainingPage {

    public record FactRow(int rank, String statement, String tags, List<String> questionIds, int students,
            String classMastery, String masteryOfThoseWhoMetIt, int lapses, int dueNow) {
    }

    public record TagRow(String tag, int facts, int met, String mastery) {
    }

    /** @param horizon when mastery looks ahead to, as it reads after "recall": "in 7 days", "on the exam day, …" */
    public record Page(int students, String horizon, List<FactRow> facts, List<TagRow> tags) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance training(Page page);
    }

    private final TrainingProgress progress;
    private final SectionScope scope;

    InstructorTrainingPage(TrainingProgress progress, SectionScope scope) {
        this.progress = progress;
        this.scope = scope;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@jakarta.ws.rs.QueryParam("section") String section) {
        TrainingProgress.ClassProgress view = progress.classView(scope.of(section).accounts());
        List<TrainingProgress.ClassFact> facts = view.facts();
        List<FactRow> rows = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            TrainingProgress.ClassFact f = facts.get(i);
            rows.add(new FactRow(i + 1, f.statement(), String.join(", ", f.tags()), f.questionIds(), f.students(),
                    Numbers.percent(f.classMastery()),
                    f.students() == 0 ? "–" : Numbers.percent(f.masteryOfThoseWhoMetIt()), f.lapses(),
                    f.dueNow()));
        }
        return Templates.training(new Page(view.students(), Horizon.of(view.masteryAt(), view.now()), rows,
                view.tags().stream()
                .map(t -> new TagRow(t.tag(), t.facts(), t.met(), Numbers.percent(t.mastery()))).toList()));
    }
}
