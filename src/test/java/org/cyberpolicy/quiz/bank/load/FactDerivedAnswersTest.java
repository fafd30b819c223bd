package org.cyberpolicy.quiz.bank.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.cyberpolicy.quiz.bank.BankFolder;
import org.cyberpolicy.quiz.bank.PartialDate;
import org.cyberpolicy.quiz.bank.Question;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numeric, date and short questions may take their answer from their one fact, and must agree with it. */
class FactDerivedAnswersTest {

    @TempDir
    Path dir;

    BankFolder bank;

    @BeforeEach
    void basics() {
        bank = BankFolder.in(dir).withBasics();
    }

    private Question onlyQuestion(String yaml) {
        bank.file("q.yaml", yaml);
        return bank.loadValid().question("q1").orElseThrow();
    }

    @Test
    void aNumericQuestionWithoutAnAnswerTakesTheFactsNumber() {
        Question.Numeric question = (Question.Numeric) onlyQuestion("""
                questions:
                  - id: q1
                    type: numeric
                    prompt: How many were charged?
                    facts: [four-charged]
                """);
        assertEquals(0, new BigDecimal("4").compareTo(question.answer()));
        assertEquals(0, BigDecimal.ZERO.compareTo(question.tolerance()));
    }

    @Test
    void aDateQuestionWithoutAnAnswerTakesTheFactsDateAndPrecision() {
        Question.DateAnswer question = (Question.DateAnswer) onlyQuestion("""
                questions:
                  - id: q1
                    type: date
                    prompt: When were the charges announced?
                    facts: [announced]
                """);
        assertEquals(PartialDate.of(2021, 7, 19), question.answer());
    }

    @Test
    void aShortQuestionWithoutAnswersAcceptsTheFactsValueAndAliases() {
        Question.ShortAnswer question = (Question.ShortAnswer) onlyQuestion("""
                questions:
                  - id: q1
                    type: short
                    prompt: Which ministry did the four work for?
                    facts: [agency]
                """);
        assertEquals(List.of("Ministry of State Security", "MSS"), question.answers());
    }

    @Test
    void aWholeNumberValueServesAsAYearForADateQuestion() {
        bank.file("facts.yaml", """
                facts:
                  - id: campaign-start
                    statement: The campaign began in 2011.
                    value: 2011
                    sources: [daily]
                """);
        Question.DateAnswer question = (Question.DateAnswer) onlyQuestion("""
                questions:
                  - id: q1
                    type: date
                    prompt: In which year did the campaign begin?
                    facts: [campaign-start]
                """);
        assertEquals(PartialDate.ofYear(2011), question.answer());
    }

    @Test
    void aDateAnswerAtACoarserPrecisionAgreesWithTheFact() {
        Question.DateAnswer question = (Question.DateAnswer) onlyQuestion("""
                questions:
                  - id: q1
                    type: date
                    prompt: In which month were the charges announced?
                    facts: [announced]
                    answer: 2021-07
                """);
        assertEquals(PartialDate.of(2021, 7), question.answer());
    }

    @Test
    void aNumericAnswerWithinItsToleranceOfTheFactAgrees() {
        Question.Numeric question = (Question.Numeric) onlyQuestion("""
                questions:
                  - id: q1
                    type: numeric
                    prompt: Roughly how many were charged?
                    facts: [four-charged]
                    answer: 5
                    tolerance: 1
                """);
        assertEquals(0, new BigDecimal("5").compareTo(question.answer()));
    }

    @Test
    void aNumericAnswerContradictingItsFactIsReported() {
        bank.file("q.yaml", """
                questions:
                  - id: q1
                    type: numeric
                    prompt: How many were charged?
                    facts: [four-charged]
                    answer: 3
                """);
        bank.assertOnlyError("q.yaml", 6, 13, "the answer 3 of question 'q1' contradicts its fact 'four-charged', "
                + "whose value is 4");
    }

    @Test
    void aDateAnswerContradictingItsFactIsReported() {
        bank.file("q.yaml", """
                questions:
                  - id: q1
                    type: date
                    prompt: In which month were the charges announced?
                    facts: [announced]
                    answer: 2021-03
                """);
        bank.assertOnlyError("q.yaml", 6, 13, "the answer 2021-03 of question 'q1' contradicts its fact 'announced', "
                + "whose value is 2021-07-19");
    }

    @Test
    void aDateAnswerMorePreciseThanItsFactIsReported() {
        bank.file("facts.yaml", """
                facts:
                  - id: disclosed
                    statement: The flaws were disclosed in March 2021.
                    value: 2021-03
                    sources: [daily]
                """);
        bank.file("q.yaml", """
                questions:
                  - id: q1
                    type: date
                    prompt: On which day were the flaws disclosed?
                    facts: [disclosed]
                    answer: 2021-03-02
                """);
        bank.assertOnlyError("q.yaml", 6, 13, "is more precise than its fact 'disclosed', which gives only 2021-03");
    }

    @Test
    void shortAnswersThatDoNotIncludeTheFactsValueAreReported() {
        bank.file("q.yaml", """
                questions:
                  - id: q1
                    type: short
                    prompt: Which ministry did the four work for?
                    facts: [agency]
                    answers: [Ministry of Public Security]
                """);
        bank.assertOnlyError("q.yaml", 6, 14, "the answers of question 'q1' contradict its fact 'agency': "
                + "none of them is its value 'Ministry of State Security'");
    }

    @Test
    void shortAnswersMatchTheFactsValueAfterNormalisation() {
        Question.ShortAnswer question = (Question.ShortAnswer) onlyQuestion("""
                questions:
                  - id: q1
                    type: short
                    prompt: Which ministry did the four work for?
                    facts: [agency]
                    answers: ["ministry of state security."]
                """);
        assertEquals(List.of("ministry of state security."), question.answers());
    }

    @Test
    void anAnswerIsRequiredWhenTheFactHasNoValue() {
        bank.file("q.yaml", """
                questions:
                  - id: q1
                    type: short
                    prompt: How did they hide the government's role?
                    facts: [front-company]
                """);
        bank.assertOnlyError("q.yaml", 2, 5, "question 'q1' needs 'answers', or a 'value' on its fact 'front-company'");
    }

    @Test
    void anAnswerIsRequiredWhenTheQuestionHasSeveralFacts() {
        bank.file("q.yaml", """
                questions:
                  - id: q1
                    type: numeric
                    prompt: How many were charged?
                    facts: [four-charged, agency]
                """);
        bank.assertOnlyError("q.yaml", 2, 5, "question 'q1' needs 'answer': it names 2 facts");
    }

    @Test
    void aFactOfTheWrongKindCannotSupplyTheAnswer() {
        bank.file("q.yaml", """
                questions:
                  - id: q1
                    type: numeric
                    prompt: When were the charges announced?
                    facts: [announced]
                """);
        bank.assertOnlyError("q.yaml", 2, 5, "its fact 'announced' holds the date 2021-07-19, not a number");
    }
}
