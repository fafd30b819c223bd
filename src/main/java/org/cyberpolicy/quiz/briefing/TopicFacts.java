package org.cyberpolicy.quiz.briefing;

import java.util.List;
import java.util.Optional;

/** A topic of the briefing with its facts, in the bank's order. */
public record TopicFacts(String id, String title, Optional<String> intro, List<BriefFact> facts) {

    public TopicFacts {
        facts = List.copyOf(facts);
    }
}
