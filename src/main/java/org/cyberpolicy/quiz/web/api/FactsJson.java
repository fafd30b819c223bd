package org.cyberpolicy.quiz.web.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.attempt.HeldKeys;
import org.cyberpolicy.quiz.bank.Source;
import org.cyberpolicy.quiz.briefing.BriefFact;
import org.cyberpolicy.quiz.briefing.Reading;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The briefings in the JSON API: facts with their sources, topics and notes. Built only from {@link BriefFact}, which
 * knows nothing of questions, so that no prompt, choice or answer can slip in; the facts an open exam tests are absent,
 * ids included, and {@code held} says why.
 */
public final class FactsJson {

    private FactsJson() {
    }

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public record Briefing(List<TopicJson> topics, List<FactJson> facts, Optional<HeldJson> held) {
    }

    /** A topic; {@code facts} are the ids of those shown, {@code held} counts those left out for now. */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public record TopicJson(String id, String title, Optional<String> intro, List<String> facts, int held) {
    }

    /** A fact; {@code date} is YYYY, YYYY-MM or YYYY-MM-DD, {@code home} the topic whose page is its place. */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public record FactJson(String id, String statement, Optional<QuotationJson> quotation, Optional<String> note,
            Optional<String> date, String home, List<String> topics, List<SourceJson> sources) {
    }

    public record QuotationJson(String speaker, List<String> words) {
    }

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public record SourceJson(String id, String outlet, String title, Optional<String> author, String published,
            Optional<String> url) {
    }

    /** What is held back: the open exams' titles, why in words, and when it comes back at the latest. */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public record HeldJson(List<String> exams, String message, Optional<Instant> until) {
    }

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public record Timeline(List<EntryJson> entries, int held, Optional<HeldJson> heldBecause) {
    }

    public record EntryJson(String date, String factId, String statement, String topic) {
    }

    static Briefing of(Reading reading) {
        List<TopicJson> topics = reading.topics().stream().map(t -> new TopicJson(t.id(), t.title(), t.intro(),
                t.facts().stream().map(BriefFact::id).toList(), t.held())).toList();
        List<FactJson> facts = reading.facts().stream().map(FactsJson::fact).toList();
        return new Briefing(topics, facts, held(reading.held()));
    }

    static Timeline timeline(Reading reading) {
        Reading.TimelineReading timeline = reading.timeline();
        return new Timeline(timeline.entries().stream().map(f -> new EntryJson(f.date().orElseThrow().toString(),
                f.id(), f.statement(), f.home())).toList(), timeline.held(), held(reading.held()));
    }

    private static FactJson fact(BriefFact f) {
        return new FactJson(f.id(), f.statement(), f.quotation().map(q -> new QuotationJson(q.speaker(), q.words())),
                f.note(), f.date().map(Object::toString), f.home(), f.topics(),
                f.sources().stream().map(FactsJson::source).toList());
    }

    private static SourceJson source(Source s) {
        return new SourceJson(s.id(), s.outlet(), s.title(), s.author(), s.published().toString(), s.url());
    }

    private static Optional<HeldJson> held(HeldKeys.Held held) {
        return held.any() ? Optional.of(new HeldJson(held.exams(), held.because(), held.until())) : Optional.empty();
    }
}
