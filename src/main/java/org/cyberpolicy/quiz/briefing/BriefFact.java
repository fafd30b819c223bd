package org.cyberpolicy.quiz.briefing;

import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.Fact;
import org.cyberpolicy.quiz.bank.PartialDate;
import org.cyberpolicy.quiz.bank.Source;

/**
 * A fact as a briefing shows it: what it says, who reported it, and the instructor's note on the evidence. Nothing of
 * the questions that test it: no prompt, no choice, no answer.
 *
 * @param home   the topic whose page is the fact's place in the briefing (links from reviews land there)
 * @param topics every topic the fact belongs to, in the briefing's order
 * @param date   when it happened, for a fact whose value is a date (see {@link BriefingBook#dateOf})
 */
public record BriefFact(String id, String statement, Optional<Quotation> quotation, Optional<String> note,
        List<Source> sources, String home, List<String> topics, Optional<PartialDate> date) {

    public BriefFact {
        sources = List.copyOf(sources);
        topics = List.copyOf(topics);
    }

    static BriefFact of(Fact fact, List<Source> sources, String home, List<String> topics, Optional<PartialDate> date) {
        Optional<Quotation> quotation = fact.speaker().map(speaker -> new Quotation(speaker, fact.quotedWords()));
        return new BriefFact(fact.id(), fact.statement(), quotation, fact.note(), sources, home, topics, date);
    }
}
