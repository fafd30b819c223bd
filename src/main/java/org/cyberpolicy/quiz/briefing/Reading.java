package org.cyberpolicy.quiz.briefing;

import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.attempt.HeldKeys;

/**
 * The briefing as one student may read it now. The facts that an open exam of theirs tests are left out entirely, as
 * {@link HeldKeys} decides for every other route: not their statements, not their ids (an id such as
 * {@code defendants-worked-for-mss} would say the answer), not their dates on the timeline; only how many there are.
 */
public final class Reading {

    /** A topic as the student may read it. */
    public record TopicReading(String id, String title, Optional<String> intro, List<BriefFact> facts, int held) {

        public TopicReading {
            facts = List.copyOf(facts);
        }
    }

    /** The timeline as the student may read it. */
    public record TimelineReading(List<BriefFact> entries, int held) {

        public TimelineReading {
            entries = List.copyOf(entries);
        }
    }

    private final BriefingBook book;
    private final HeldKeys.Held held;

    Reading(BriefingBook book, HeldKeys.Held held) {
        this.book = book;
        this.held = held;
    }

    public HeldKeys.Held held() {
        return held;
    }

    public List<TopicReading> topics() {
        return book.topics().stream().map(this::read).toList();
    }

    public Optional<TopicReading> topic(String id) {
        return book.topic(id).map(this::read);
    }

    public TimelineReading timeline() {
        List<BriefFact> all = book.timeline();
        List<BriefFact> shown = all.stream().filter(this::shown).toList();
        return new TimelineReading(shown, all.size() - shown.size());
    }

    /** The facts the student may read, in the bank's order. */
    public List<BriefFact> facts() {
        return book.facts().stream().filter(this::shown).toList();
    }

    /** The topic page where a fact is, held or not: the page itself then says why it is not shown. */
    public Optional<String> homeOf(String factId) {
        return book.fact(factId).map(BriefFact::home);
    }

    private TopicReading read(TopicFacts topic) {
        List<BriefFact> shown = topic.facts().stream().filter(this::shown).toList();
        return new TopicReading(topic.id(), topic.title(), topic.intro(), shown, topic.facts().size() - shown.size());
    }

    private boolean shown(BriefFact fact) {
        return !held.holdsFact(fact.id());
    }
}
