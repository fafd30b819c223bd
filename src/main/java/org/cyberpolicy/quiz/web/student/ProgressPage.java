package org.cyberpolicy.quiz.web.student;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.cyberpolicy.quiz.training.Phase;
import org.cyberpolicy.quiz.training.TrainingProgress;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.cyberpolicy.quiz.web.format.Horizon;
import org.cyberpolicy.quiz.web.format.Numbers;
import org.cyberpolicy.quiz.web.format.Paths;
import org.cyberpolicy.quiz.web.format.Times;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** A student's progress in training: mastery per tag and per fact, and the reviews of the coming days. */
@Path("/progress")
@Authenticated
public class ProgressPage {

    /** A topic; {@code briefing} is the address of its facts' briefing. */
    public record TagRow(String tag, String briefing, String train, int facts, int met, String mastery, int dueNow) {
    }

    /** A fact; {@code briefing} is its place in the briefings, absent while an open exam holds it back. */
    public record FactRow(String statement, Optional<String> briefing, String tags, String status, String mastery,
            String nextDue, String nextDueAt, int reps, int lapses) {
    }

    /**
     * @param horizon      when mastery looks ahead to, as it reads after "recall": "in 7 days", "on the exam day, …"
     * @param newFactsRule what the daily allowance of new facts is and what counts towards it
     */
    public record Page(int met, int facts, int dueNow, String mastery, String horizon, int newFactsLeft,
            String newFactsRule, List<TagRow> tags, List<FactRow> rows, ForecastChart forecast) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance progress(Page page);
    }

    private final TrainingProgress progress;
    private final CallerAccount caller;

    ProgressPage(TrainingProgress progress, CallerAccount caller) {
        this.progress = progress;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        TrainingProgress.StudentProgress mine = progress.student(caller.id());
        Instant now = mine.now();
        List<TagRow> tags = mine.tags().stream().map(t -> new TagRow(t.tag(), LearnPage.topicHref(t.tag()),
                "/train?tag=" + Paths.queryValue(t.tag()), t.facts(), t.met(), Numbers.percent(t.mastery()),
                t.dueNow())).toList();
        List<FactRow> rows = mine.facts().stream().map(f -> new FactRow(f.statement(),
                f.held() ? Optional.<String>empty() : Optional.of("/learn/facts/" + f.factId()),
                String.join(", ", f.tags()), f.phase().map(ProgressPage::status).orElse("Not met yet"),
                f.met() ? Numbers.percent(f.mastery()) : "–",
                f.due().map(d -> d.isAfter(now) ? Times.until(now, d) : "due now").orElse("–"),
                f.due().map(Times::readable).orElse(""), f.reps(), f.lapses())).toList();
        return Templates.progress(new Page(mine.met(), mine.facts().size(), mine.dueNow(),
                Numbers.percent(mine.mastery()), Horizon.of(mine.masteryAt(), now), mine.newFactsToday().left(),
                mine.newFactsToday().rule(), tags, rows, ForecastChart.of(mine.forecast())));
    }

    private static String status(Phase phase) {
        return switch (phase) {
            case LEARNING -> "Learning";
            case REVIEW -> "Reviewing";
            case RELEARNING -> "Relearning";
        };
    }
}
