package org.cyberpolicy.quiz.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cyberpolicy.quiz.attempt.HeldKeys;
import org.cyberpolicy.quiz.bank.BankFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a student with an open exam reads: the briefing less the facts that exam tests, ids and dates included. */
class ReadingTest {

    @TempDir
    Path dir;

    private Reading reading(HeldKeys.Held held) {
        BriefingBook book = BriefingBook.of(BankFolder.in(dir).withBasics().file("q.yaml", """
                questions:
                  - id: when
                    type: date
                    prompt: When?
                    facts: [announced]
                    tags: [charges]
                  - id: count
                    type: numeric
                    prompt: How many?
                    facts: [four-charged]
                    tags: [charges]
                """).loadValid());
        return new Reading(book, held);
    }

    private static HeldKeys.Held holding(String... facts) {
        return new HeldKeys.Held(Set.of("when"), Set.of(facts), List.of("The exam"), Optional.empty());
    }

    @Test
    void withoutAnOpenExamEverythingIsShown() {
        Reading all = reading(HeldKeys.Held.NOTHING);
        assertEquals(2, all.topic("charges").orElseThrow().facts().size());
        assertEquals(0, all.topic("charges").orElseThrow().held());
        assertEquals(1, all.timeline().entries().size());
    }

    @Test
    void aHeldFactIsCountedButNeitherItsStatementNorItsIdIsShown() {
        Reading.TopicReading charges = reading(holding("announced")).topic("charges").orElseThrow();
        assertEquals(List.of("four-charged"), charges.facts().stream().map(BriefFact::id).toList());
        assertEquals(1, charges.held());
    }

    @Test
    void aHeldFactsDateIsLeftOffTheTimeline() {
        Reading.TimelineReading timeline = reading(holding("announced")).timeline();
        assertTrue(timeline.entries().isEmpty());
        assertEquals(1, timeline.held());
    }

    @Test
    void theFactsAsAListLeaveTheHeldOnesOut() {
        List<String> ids = reading(holding("announced")).facts().stream().map(BriefFact::id).toList();
        assertFalse(ids.contains("announced"));
        assertTrue(ids.contains("four-charged"));
    }
}
