package org.cyberpolicy.quiz.bank.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.BankFolder;
import org.cyberpolicy.quiz.bank.Fact;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys of the briefings: a fact's own tags, its note and its speaker, and the bank's topics. */
class BankTopicsTest {

    /** A question tagged "charges" on the basic facts, so that the tag exists. */
    private static final String QUESTION = """
            questions:
              - id: q1
                type: true-false
                prompt: Four people were charged.
                answer: true
                facts: [four-charged]
                tags: [charges]
            """;

    @TempDir
    Path dir;

    BankFolder bank;

    @BeforeEach
    void basics() {
        bank = BankFolder.in(dir).withBasics().file("q.yaml", QUESTION);
    }

    @Test
    void aFactCarriesItsOwnTagsItsNoteAndItsSpeaker() {
        bank.file("f.yaml", """
                facts:
                  - id: said
                    statement: The minister said the charges were "long overdue".
                    speaker: The minister
                    note: Only The Daily reports these words.
                    tags: [reactions, charges]
                    sources: [daily]
                """);
        Fact said = bank.loadValid().facts().get("said");
        assertEquals(List.of("reactions", "charges"), said.tags());
        assertEquals(Optional.of("Only The Daily reports these words."), said.note());
        assertEquals(Optional.of("The minister"), said.speaker());
        assertEquals(List.of("long overdue"), said.quotedWords());
    }

    @Test
    void aFactsOwnTagsAreTagsOfItAndOfTheQuestionsThatTestItForTraining() {
        bank.file("f.yaml", """
                facts:
                  - id: said
                    statement: The minister said the charges were "long overdue".
                    tags: [reactions]
                    sources: [daily]
                questions:
                  - id: q2
                    type: true-false
                    prompt: The minister welcomed the charges.
                    answer: true
                    facts: [said]
                    tags: [charges]
                """);
        Bank loaded = bank.loadValid();
        assertEquals(java.util.Set.of("reactions", "charges"), loaded.tagsOf(loaded.facts().get("said")));
        assertEquals(java.util.Set.of("reactions", "charges"), loaded.tagsOf(loaded.questions().get("q2")));
        assertEquals(java.util.Set.of("charges"), loaded.tagsOf(loaded.questions().get("q1")));
    }

    @Test
    void aSpeakerNeedsWordsInQuotationMarksInTheStatement() {
        bank.file("f.yaml", """
                facts:
                  - id: said
                    statement: The minister welcomed the charges.
                    speaker: The minister
                    sources: [daily]
                """);
        bank.assertOnlyError("f.yaml", 4, 14, "'speaker' of fact 'said' makes it a quotation, but its statement"
                + " quotes no words");
    }

    @Test
    void topicsGiveTagsATitleAndAnIntroduction() {
        bank.file("t.yaml", """
                topics:
                  - id: charges
                    title: The charges
                    intro: Who was charged, and when.
                """);
        Bank loaded = bank.loadValid();
        assertEquals("The charges", loaded.topics().get("charges").title());
        assertEquals(Optional.of("Who was charged, and when."), loaded.topics().get("charges").intro());
    }

    @Test
    void aTopicWithoutATitleIsReportedAtItsEntry() {
        bank.file("t.yaml", """
                topics:
                  - id: charges
                    intro: Who was charged.
                """);
        bank.assertOnlyError("t.yaml", 2, 5, "topic 'charges' needs 'title'");
    }

    @Test
    void aTopicThatNoQuestionOrFactHasAsATagIsUnknown() {
        bank.file("t.yaml", """
                topics:
                  - id: charges
                    title: The charges
                  - id: chargs
                    title: A typo
                """);
        bank.assertOnlyError("t.yaml", 4, 9, "unknown topic 'chargs': no question or fact has this tag"
                + " (the tags are: charges)");
    }

    @Test
    void aFactsOwnTagIsATopicToo() {
        bank.file("f.yaml", """
                facts:
                  - id: reaction
                    statement: The minister welcomed the charges.
                    tags: [reactions]
                    sources: [daily]
                """).file("t.yaml", """
                topics:
                  - id: reactions
                    title: Reactions
                """);
        assertEquals("Reactions", bank.loadValid().topics().get("reactions").title());
    }

    @Test
    void aTopicWithAnUnknownKeyOrTwiceTheSameIdIsReported() {
        bank.file("t.yaml", """
                topics:
                  - id: charges
                    title: The charges
                    summary: Who was charged.
                  - id: charges
                    title: Again
                """);
        List<String> errors = bank.loadErrors().stream().map(Object::toString).toList();
        assertEquals(2, errors.size(), String.join("\n", errors));
        assertTrue(errors.get(0).contains("t.yaml:4:5: unknown key 'summary' in topic 'charges'"), errors.get(0));
        assertTrue(errors.get(1).contains("t.yaml:5:9: duplicate topic id 'charges'"), errors.get(1));
    }
}
