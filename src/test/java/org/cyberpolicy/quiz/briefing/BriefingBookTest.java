package org.cyberpolicy.quiz.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.BankFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the facts of a bank are arranged for reading: topics, each fact's place, the timeline, quotations. */
class BriefingBookTest {

    @TempDir
    Path dir;

    BankFolder bank;

    @BeforeEach
    void bank() {
        bank = BankFolder.in(dir).withBasics().file("more.yaml", """
                sources:
                  - id: weekly
                    outlet: The Weekly
                    title: A campaign of years
                    author: A. Writer
                    published: 2021-07
                    url: https://example.org/campaign
                facts:
                  - id: campaign-start
                    statement: The campaign began in 2011.
                    value: 2011
                    sources: [weekly]
                  - id: flaws-month
                    statement: The flaws came out in March 2021.
                    value: 2021-03
                    note: Only The Weekly gives the month.
                    sources: [weekly]
                  - id: minister-said
                    statement: The minister called it "reckless" and "familiar".
                    speaker: The minister
                    tags: [reactions]
                    sources: [weekly, daily]
                questions:
                  - id: count
                    type: numeric
                    prompt: How many were charged?
                    facts: [four-charged]
                    tags: [charges]
                  - id: when
                    type: date
                    prompt: When were the charges announced?
                    facts: [announced]
                    tags: [timeline, charges]
                  - id: start
                    type: date
                    prompt: In which year did the campaign begin?
                    facts: [campaign-start]
                    tags: [timeline]
                  - id: agency
                    type: short
                    prompt: Which ministry?
                    facts: [agency]
                    tags: [charges]
                topics:
                  - id: timeline
                    title: The order of events
                    intro: From first to last.
                """);
    }

    private BriefingBook book() {
        return BriefingBook.of(bank.loadValid());
    }

    @Test
    void declaredTopicsComeFirstThenTheOtherTagsAlphabeticallyThenTheFactsWithoutATag() {
        assertEquals(List.of("timeline", "charges", "reactions", BriefingBook.OTHER),
                book().topics().stream().map(TopicFacts::id).toList());
    }

    @Test
    void aTopicHoldsTheFactsOfItsQuestionsAndTheFactsTaggedWithIt() {
        BriefingBook book = book();
        assertEquals(List.of("four-charged", "announced", "agency"), ids(book.topic("charges").orElseThrow()));
        assertEquals(List.of("minister-said"), ids(book.topic("reactions").orElseThrow()));
        assertEquals(List.of("front-company", "flaws-month"), ids(book.topic(BriefingBook.OTHER).orElseThrow()));
    }

    @Test
    void aTopicWithoutAnEntryInTopicsIsTitledByItsTag() {
        BriefingBook book = book();
        assertEquals("The order of events", book.topic("timeline").orElseThrow().title());
        assertEquals(Optional.of("From first to last."), book.topic("timeline").orElseThrow().intro());
        assertEquals("charges", book.topic("charges").orElseThrow().title());
    }

    @Test
    void aFactWithoutTagsOfItsOwnHasItsPlaceUnderTheTagMostOfItsQuestionsCarry() {
        bank.file("again.yaml", """
                questions:
                  - id: when-again
                    type: true-false
                    prompt: The charges were announced in July.
                    answer: true
                    facts: [announced]
                    tags: [charges]
                """);
        assertEquals("charges", book().fact("announced").orElseThrow().home());
    }

    @Test
    void aFactsPlaceIsItsOwnFirstTagElseItsQuestionsTagTheEarlierInTheBriefingOnATie() {
        BriefingBook book = book();
        assertEquals("reactions", book.fact("minister-said").orElseThrow().home());
        assertEquals("timeline", book.fact("announced").orElseThrow().home());
        assertEquals("charges", book.fact("four-charged").orElseThrow().home());
        assertEquals(BriefingBook.OTHER, book.fact("front-company").orElseThrow().home());
    }

    @Test
    void theTimelineHoldsDatedFactsEarliestFirstAndAYearOnlyWhenADateQuestionAsksItAsOne() {
        // four-charged has the value 4, which no date question asks: a count, not the year 4.
        assertEquals(List.of("campaign-start", "flaws-month", "announced"),
                book().timeline().stream().map(BriefFact::id).toList());
    }

    @Test
    void aQuotationHasItsSpeakerAndTheQuotedWordsAndTheFactItsNoteAndSources() {
        BriefFact said = book().fact("minister-said").orElseThrow();
        assertEquals(Optional.of(new Quotation("The minister", List.of("reckless", "familiar"))), said.quotation());
        assertEquals(List.of("weekly", "daily"), said.sources().stream().map(s -> s.id()).toList());
        BriefFact month = book().fact("flaws-month").orElseThrow();
        assertEquals(Optional.of("Only The Weekly gives the month."), month.note());
        assertTrue(book().fact("four-charged").orElseThrow().quotation().isEmpty());
    }

    private static List<String> ids(TopicFacts topic) {
        return topic.facts().stream().map(BriefFact::id).toList();
    }
}
