package org.cyberpolicy.quiz.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cyberpolicy.quiz.training.TrainingProgress;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A student's training progress in the JSON API: every fact, every tag, and the reviews of the coming days. */
public record ProgressJson(Instant now, int met, int facts, int dueNow, double mastery, List<FactJson> factProgress,
        List<TagJson> tags, List<DayJson> forecast) {

    /** A fact; {@code phase} and {@code due} are absent for a fact not met yet. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FactJson(String id, String statement, Set<String> tags, String phase, double retrievability,
            Instant due, int reps, int lapses) {
    }

    public record TagJson(String tag, int facts, int met, double mastery, int dueNow) {
    }

    public record DayJson(LocalDate day, int reviews) {
    }

    static ProgressJson of(TrainingProgress.StudentProgress p) {
        return new ProgressJson(p.now(), p.met(), p.facts().size(), p.dueNow(), p.mastery(),
                p.facts().stream().map(f -> new FactJson(f.factId(), f.statement(), f.tags(),
                        f.phase().map(ph -> ph.name().toLowerCase()).orElse(null), f.retrievability(),
                        f.due().orElse(null), f.reps(), f.lapses())).toList(),
                p.tags().stream().map(t -> new TagJson(t.tag(), t.facts(), t.met(), t.mastery(), t.dueNow())).toList(),
                p.forecast().stream().map(d -> new DayJson(d.day(), d.reviews())).toList());
    }
}
