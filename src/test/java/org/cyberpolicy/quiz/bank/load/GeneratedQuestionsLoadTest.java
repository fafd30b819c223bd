package org.cyberpolicy.quiz.bank.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.BankFolder;
import org.cyberpolicy.quiz.bank.BankProblem;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.Quiz;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bank's facts with kind, ask and claim give it questions; quizzes draw them; mistakes are reported by line. */
class GeneratedQuestionsLoadTest {

    static final String FACTS = """
            sources:
              - id: daily
                outlet: The Daily
                title: Four charged
                published: 2021-07-19
            kinds:
              - id: agency
                values: [Ministry of Public Security, People's Liberation Army, Cyberspace Administration of China]
            facts:
              - id: announced
                statement: The charges were announced on 19 July 2021.
                value: 2021-07-19
                kind: date
                ask: On what date were the charges announced?
                claim: The charges were announced on {value}.
                sources: [daily]
                tags: [indictments]
              - id: agency
                statement: The four worked for the Ministry of State Security.
                value: Ministry of State Security
                aliases: [MSS]
                kind: agency
                ask: Which ministry did the four work for?
                generate: [entry, choice]
                sources: [daily]
            questions:
              - id: q1
                type: true-false
                prompt: The four worked for the MSS.
                answer: true
                facts: [agency]
                tags: [people]
            """;

    @TempDir
    Path dir;

    BankFolder bank;

    @BeforeEach
    void write() {
        bank = BankFolder.in(dir).file("bank.yaml", FACTS);
    }

    private Bank withQuiz(String draw) {
        bank.file("quizzes.yaml", """
                quizzes:
                  - id: drill
                    title: Drill
                    mode: practice
                    draw:
                """ + draw);
        return bank.loadValid();
    }

    @Test
    void theBankHoldsTheGeneratedQuestionsBesideTheWrittenOnes() {
        Bank loaded = withQuiz("      - {tags: [people], count: 1}\n");
        assertEquals(Set.of("q1", "announced~entry", "announced~choice", "announced~true-false", "agency~entry",
                "agency~choice"), loaded.questions().keySet());
        assertEquals("1 sources, 2 facts, 1 questions (+ 5 generated), 1 quizzes", loaded.summary());
        // The fact's own tags, else those of its written questions.
        assertEquals(Set.of("indictments"), loaded.question("announced~entry").orElseThrow().info().tags());
        assertEquals(Set.of("people"), loaded.question("agency~choice").orElseThrow().info().tags());
        assertEquals(List.of("agency~entry", "agency~choice"), loaded.generatedFrom(loaded.facts().get("agency"))
                .stream().map(Question::id).toList());
    }

    @Test
    void drawsIncludeGeneratedQuestionsByDefaultOrTakeOnlyThemOrNone() {
        Quiz included = withQuiz("      - {tags: [people], count: 3}\n").quiz("drill").orElseThrow();
        Bank only = withQuiz("      - {tags: [people], count: 2, generated: only}\n");
        Quiz onlyQuiz = only.quiz("drill").orElseThrow();
        assertTrue(onlyQuiz.canShow(only.question("agency~entry").orElseThrow()));
        assertFalse(onlyQuiz.canShow(only.question("q1").orElseThrow()));
        Bank excluded = withQuiz("      - {tags: [people], count: 1, generated: exclude}\n");
        assertFalse(excluded.quiz("drill").orElseThrow().canShow(excluded.question("agency~entry").orElseThrow()));
        assertEquals(3, included.questionCount());
        bank.file("quizzes.yaml", """
                quizzes:
                  - id: drill
                    title: Drill
                    draw:
                      - {tags: [people], count: 2, generated: exclude}
                """);
        bank.assertOnlyError("quizzes.yaml", 5, 9, "[people], hand-written only, but its pool holds only 1");
    }

    @Test
    void mistakesInHowToAskAreReportedWhereTheyAre() {
        bank.file("more.yaml", """
                facts:
                  - id: unknown-kind
                    statement: Unknown.
                    value: Someone
                    kind: person
                    ask: Who?
                    sources: [daily]
                  - id: no-placeholder
                    statement: A claim without its place.
                    value: 4
                    kind: number
                    claim: Four were charged.
                    sources: [daily]
                  - id: entry-without-ask
                    statement: Four.
                    value: 4
                    kind: number
                    claim: There were {value}.
                    generate: [entry, true-false]
                    sources: [daily]
                  - id: ask-without-kind
                    statement: Four.
                    value: 4
                    ask: How many?
                    sources: [daily]
                  - id: nothing-to-ask
                    statement: Four.
                    value: 4
                    kind: number
                    sources: [daily]
                  - id: wrong-value
                    statement: Four.
                    value: 4
                    kind: agency
                    ask: Which?
                    sources: [daily]
                  - id: list-claim
                    statement: Two.
                    value: [a, b]
                    kind: agency
                    ask: Which two?
                    claim: It was {value}.
                    sources: [daily]
                """);
        List<BankProblem> errors = bank.loadErrors();
        bank.assertError(errors, "more.yaml", 5, 11, "is 'person', which is neither date, number nor a kind the bank"
                + " defines under 'kinds:' (agency)");
        bank.assertError(errors, "more.yaml", 12, 12, "must say where the value goes with {value}");
        bank.assertError(errors, "more.yaml", 19, 15, "asks for entry, which needs 'ask'");
        bank.assertError(errors, "more.yaml", 24, 10, "'ask' of fact 'ask-without-kind' generates nothing without a"
                + " 'kind'");
        bank.assertError(errors, "more.yaml", 29, 11, "has a 'kind' but neither 'ask'");
        bank.assertError(errors, "more.yaml", 34, 11, "'kind: agency' of fact 'wrong-value' needs a name or a list");
        bank.assertError(errors, "more.yaml", 42, 12, "a list value is asked only as a multiple choice");
        assertEquals(7, errors.size(), errors.stream().map(BankProblem::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void aKindTooSmallForThreeWrongOptionsIsAnErrorAtTheFactThatAskedForAChoice() {
        bank.file("bank.yaml", FACTS.replace("People's Liberation Army, Cyberspace Administration of China", "MSS"));
        bank.file("quizzes.yaml", "quizzes:\n  - {id: drill, title: Drill, questions: [q1]}\n");
        List<BankProblem> errors = bank.loadErrors();
        assertEquals(1, errors.size(), errors.toString());
        bank.assertError(errors, "bank.yaml", 18, 5, "fact 'agency' gets no single choice (agency~choice): its kind"
                + " 'agency'");
        bank.assertError(errors, "bank.yaml", 18, 5, "offers 1 wrong option for it, and 3 are needed");
    }
}
