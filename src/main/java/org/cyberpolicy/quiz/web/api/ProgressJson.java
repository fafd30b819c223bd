package org.cyberpolicy.quiz.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cyberpolicy.quiz.training.TrainingProgress;
import org.cyberpolicy.quiz.training.TrainingService;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A student's training progress in the JSON API: every fact, every tag, and the reviews of the coming days. Mastery
 * is the predicted recall at {@code masteryAt} (0 for a fact not met or last answered wrong); retrievability is the
 * probability of recall now.
 */
public record ProgressJson(Instant now, int met, int facts, int dueNow, double mastery, Instant masteryAt,
        NewFactsJson newFactsToday, List<FactJson> factProgress, List<TagJson> tags, List<DayJson> forecast) {

    /** A fact; {@code phase} and {@code due} are absent for a fact not met yet. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FactJson(String id, String statement, Set<String> tags, String phase, double retrievability,
            double mastery, Instant due, int reps, int lapses) {
    }

    /** The day's pace of new facts: the allowance per day, what the student added, what training met, what is left. */
    public record NewFactsJson(int perDay, int extra, int met, int left) {

        static NewFactsJson of(TrainingService.NewFactsToday today) {
            return new NewFactsJson(today.perDay(), today.extra(), today.met(), today.left());
        }
    }

    public record TagJson(String tag, int facts, int met, double mastery, int dueNow) {
    }

    public record DayJson(LocalDate day, int reviews) {
    }

    static ProgressJson of(TrainingProgress.StudentProgress p) {
        return new ProgressJson(p.now(), p.met(), p.facts().size(), p.dueNow(), p.mastery(), p.masteryAt().at(),
                NewFactsJson.of(p.newFactsToday()),
                p.facts().stream().map(f -> new FactJson(f.factId(), f.statement(), f.tags(),
                        f.phase().map(ph -> ph.name().toLowerCase()).orElse(null), f.retrievability(), f.mastery(),
                        f.due().orElse(null), f.reps(), f.lapses())).toList(),
                p.tags().stream().map(t -> new TagJson(t.tag(), t.facts(), t.met(), t.mastery(), t.dueNow())).toList(),
                p.forecast().stream().map(d -> new DayJson(d.day(), d.reviews())).toList());
    }
}
