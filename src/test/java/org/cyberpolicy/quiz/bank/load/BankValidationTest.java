package org.cyberpolicy.quiz.bank.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.cyberpolicy.quiz.bank.BankFolder;
import org.cyberpolicy.quiz.bank.BankProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each class of error the validator reports, on a small invalid bank: where it points and what it says.
 */
class BankValidationTest {

    @TempDir
    Path dir;

    BankFolder bank;

    @BeforeEach
    void basics() {
        bank = BankFolder.in(dir).withBasics();
    }

    @Test
    void theBasicsAloneAreAValidBank() {
        assertEquals(4, bank.loadValid().facts().size());
    }

    @Nested
    class YamlSyntax {

        @Test
        void aColonInsidePlainTextIsReportedWhereTheParserStopped() {
            bank.file("q.yaml", """
                    questions:
                      - id: q1
                        prompt: Who: what
                    """);
            bank.assertOnlyError("q.yaml", 3, 16, "YAML syntax error: mapping values are not allowed here");
        }

        @Test
        void aSecondDocumentInOneFileIsRejected() {
            bank.file("q.yaml", """
                    questions: []
                    ---
                    quizzes: []
                    """);
            assertTrue(bank.loadErrors().get(0).message().contains("a bank file holds one YAML document"));
        }

        @Test
        void aKeyWrittenTwiceInOneMappingIsReportedAtTheSecond() {
            bank.file("q.yaml", """
                    questions:
                      - id: q1
                        type: true-false
                        prompt: The charges were announced in July.
                        facts: [announced]
                        answer: true
                        answer: false
                    """);
            bank.assertOnlyError("q.yaml", 7, 5, "the key 'answer' appears twice");
        }

        @Test
        void textThatIsNotUtf8IsRejectedWithoutGuessing() {
            bank.bytes("q.yaml", new byte[] { 'a', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n' });
            bank.assertOnlyError("q.yaml", 1, 1, "not valid UTF-8");
        }

        @Test
        void anEmptyFileOrOneWithOnlyCommentsIsFine() {
            bank.file("empty.yaml", "").file("comments.yml", "# nothing here yet\n");
            assertEquals(1, bank.loadValid().sources().size());
        }
    }

    @Nested
    class UnknownKeys {

        @Test
        void aMisspelledQuestionKeyIsAnErrorWithASuggestion() {
            bank.file("q.yaml", """
                    questions:
                      - id: q1
                        type: true-false
                        prompt: The charges were announced in July.
                        facts: [announced]
                        answer: true
                        feedbak: Yes, in July.
                    """);
            bank.assertOnlyError("q.yaml", 7, 5, "unknown key 'feedbak' in question 'q1' (did you mean 'feedback'?)");
        }

        @Test
        void aKeyOfAnotherQuestionTypeIsUnknownForThisOne() {
            bank.file("q.yaml", """
                    questions:
                      - id: q1
                        type: true-false
                        prompt: The charges were announced in July.
                        facts: [announced]
                        answer: true
                        tolerance: 1
                    """);
            bank.assertOnlyError("q.yaml", 7, 5, "unknown key 'tolerance' in question 'q1'");
        }

        @Test
        void anUnknownTopLevelListIsAnError() {
            bank.file("q.yaml", """
                    question:
                      - id: q1
                    """);
            bank.assertOnlyError("q.yaml", 1, 1, "unknown key 'question' in the top level of " + bank.label("q.yaml")
                    + " (did you mean 'questions'?)");
        }
    }

    @Nested
    class WrongTypes {

        @Test
        void pointsMustBeANumber() {
            bank.file("q.yaml", """
                    questions:
                      - id: q1
                        type: true-false
                        prompt: The charges were announced in July.
                        facts: [announced]
                        answer: true
                        points: many
                    """);
            bank.assertOnlyError("q.yaml", 7, 13, "'points' of question 'q1' must be a number, not the text 'many'");
        }

        @Test
        void choicesMustBeAList() {
            bank.file("q.yaml", """
                    questions:
                      - id: q1
                        type: single
                        prompt: Who was charged?
                        facts: [four-charged]
                        choices: four people
                    """);
            bank.assertOnlyError("q.yaml", 6, 14, "'choices' of question 'q1' must be a list, not the text 'four people'");
        }

        @Test
        void correctMustBeTrueOrFalseNotYes() {
            bank.file("q.yaml", """
                    questions:
                      - id: q1
                        type: single
                        prompt: How many were charged?
                        facts: [four-charged]
                        choices:
                          - text: Four
                            correct: yes
                          - text: Three
                    """);
            List<BankProblem> errors = bank.loadErrors();
            bank.assertError(errors, "q.yaml", 8, 18, "'correct' of choice a of question 'q1' must be true or false");
        }

        @Test
        void anUnknownQuestionTypeListsTheKnownOnes() {
            bank.file("q.yaml", """
                    questions:
                      - id: q1
                        type: essay
                        prompt: Discuss.
                        facts: [four-charged]
                    """);
            bank.assertOnlyError("q.yaml", 3, 11, "'type' of question 'q1' must be one of single, multiple, true-false, "
                    + "numeric, date, short, matching, ordering, not 'essay'");
        }

        @Test
        void anItemThatIsNotAMappingIsReported() {
            bank.file("q.yaml", """
                    facts:
                      - just a sentence
                    """);
            bank.assertOnlyError("q.yaml", 2, 5, "a fact must be a mapping of keys to values, not the text 'just a sentence'");
        }

        @Test
        void idsMustBeKebabCase() {
            bank.file("q.yaml", """
                    facts:
                      - id: Four_Charged
                        statement: Four people were charged.
                        sources: [daily]
                    """);
            bank.assertOnlyError("q.yaml", 2, 9, "the id 'Four_Charged' of a fact must be kebab-case");
        }
    }

    @Nested
    class DuplicateIds {

        @Test
        void aQuestionIdUsedInTwoFilesIsReportedAtTheSecondWithTheFirstPlace() {
            String question = """
                    questions:
                      - id: q1
                        type: true-false
                        prompt: The charges were announced in July.
                        facts: [announced]
                        answer: true
                    """;
            bank.file("a.yaml", question).file("b.yaml", question);
            bank.assertOnlyError("b.yaml", 2, 9, "duplicate question id 'q1': it is already defined at "
                    + bank.label("a.yaml") + ":2:9");
        }

        @Test
        void idsAreUniquePerKindSoAFactAndAQuestionMayShareOne() {
            bank.file("q.yaml", """
                    questions:
                      - id: announced
                        type: true-false
                        prompt: The charges were announced in July.
                        facts: [announced]
                        answer: true
                    """);
            assertEquals(1, bank.loadValid().questions().size());
        }
    }

    @Nested
    class DanglingReferences {

        @Test
        void aFactCitingAnUnknownSource() {
            bank.file("q.yaml", """
                    facts:
                      - id: extra
                        statement: Something else happened.
                        sources:
                          - daily
                          - the-weekly
                    """);
            bank.assertOnlyError("q.yaml", 6, 9, "fact 'extra' refers to the source 'the-weekly', which the bank does not define");
        }

        @Test
        void aQuestionTestingAnUnknownFact() {
            bank.file("q.yaml", """
                    questions:
                      - id: q1
                        type: true-false
                        prompt: Six groups attacked.
                        facts: [six-groups]
                        answer: true
                    """);
            bank.assertOnlyError("q.yaml", 5, 13, "question 'q1' refers to the fact 'six-groups', which the bank does not define");
        }

        @Test
        void aQuestionWithoutFactsIsRejected() {
            bank.file("q.yaml", """
                    questions:
                      - id: q1
                        type: true-false
                        prompt: Six groups attacked.
                        facts: []
                        answer: true
                    """);
            bank.assertOnlyError("q.yaml", 5, 12, "question 'q1' must name at least one fact");
        }

        @Test
        void aQuizListingAnUnknownQuestion() {
            bank.file("q.yaml", """
                    quizzes:
                      - id: exam
                        title: Exam
                        questions: [ghost]
                    """);
            bank.assertOnlyError("q.yaml", 4, 17, "quiz 'exam' refers to the question 'ghost', which the bank does not define");
        }

        @Test
        void aPracticeQuizWithAnAttemptLimit() {
            bank.file("q.yaml", """
                    questions:
                      - id: q1
                        type: true-false
                        prompt: Four people were charged.
                        answer: true
                        facts: [four-charged]
                    quizzes:
                      - id: drill
                        title: Drill
                        mode: practice
                        questions: [q1]
                        max-attempts: 2
                    """);
            bank.assertOnlyError("q.yaml", 12, 19, "quiz 'drill' is a practice quiz, and practice has no attempt limit");
        }

        @Test
        void aBrokenFactDoesNotAlsoFlagEveryQuestionThatUsesIt() {
            bank.file("q.yaml", """
                    facts:
                      - id: six-groups
                        statement: Six groups went after the flaws.
                        sources: []
                    questions:
                      - id: q1
                        type: true-false
                        prompt: Six groups attacked.
                        facts: [six-groups]
                        answer: true
                    """);
            bank.assertOnlyError("q.yaml", 4, 14, "fact 'six-groups' must name at least one source");
        }
    }

    @Nested
    class Choices {

        @Test
        void aSingleChoiceQuestionWithTwoCorrectChoices() {
            bank.file("q.yaml", """
                    questions:
                      - id: q1
                        type: single
                        prompt: Which agency?
                        facts: [agency]
                        choices:
                          - text: Ministry of State Security
                            correct: true
                          - text: Ministry of Public Security
                            correct: true
                    """);
            bank.assertOnlyError("q.yaml", 7, 7, "single-choice question 'q1' needs exactly one correct choice, but has 2 (a, b)");
        }

        @Test
        void aSingleChoiceQuestionWithNoCorrectChoice() {
            bank.file("q.yaml", """
                    questions:
                      - id: q1
                        type: single
                        prompt: Which agency?
                        facts: [agency]
                        choices:
                          - text: Ministry of State Security
                          - text: Ministry of Public Security
                    """);
            bank.assertOnlyError("q.yaml", 7, 7, "needs exactly one correct choice, but has 0");
        }

        @Test
        void aMultipleChoiceQuestionNeedsACorrectChoice() {
            bank.file("q.yaml", """
                    questions:
                      - id: q1
                        type: multiple
                        prompt: Which agencies?
                        facts: [agency]
                        choices:
                          - text: Ministry of State Security
                          - text: Ministry of Public Security
                    """);
            bank.assertOnlyError("q.yaml", 7, 7, "multiple-choice question 'q1' needs at least one correct choice");
        }
    }

    @Nested
    class Ordering {

        @Test
        void anOrderingQuestionWithTwoItemsIsRefusedAtItsItems() {
            bank.file("q.yaml", """
                    questions:
                      - id: q1
                        type: ordering
                        prompt: Put these in order, earliest first.
                        facts: [announced]
                        items:
                          - The flaws are disclosed
                          - The charges are announced
                    """);
            bank.assertOnlyError("q.yaml", 7, 7, "question 'q1' needs at least 3 items to put in order, but"
                    + " has 2");
        }

        @Test
        void anOrderingQuestionWithOneItemIsRefused() {
            bank.file("q.yaml", """
                    questions:
                      - id: q1
                        type: ordering
                        prompt: Put these in order, earliest first.
                        facts: [announced]
                        items: [The charges are announced]
                    """);
            bank.assertOnlyError("q.yaml", 6, 12, "needs at least 3 items to put in order, but has 1");
        }

        @Test
        void threeItemsAreEnough() {
            bank.file("q.yaml", """
                    questions:
                      - id: q1
                        type: ordering
                        prompt: Put these in order, earliest first.
                        facts: [announced]
                        items:
                          - The flaws are disclosed
                          - The charges are announced
                          - The tests are written
                    """);
            assertEquals(1, bank.loadValid().questions().size());
        }
    }

    @Nested
    class Draws {

        private static final String TWO_TAGGED_QUESTIONS = """
                questions:
                  - id: q1
                    type: true-false
                    prompt: The charges were announced in July.
                    facts: [announced]
                    tags: [dates]
                    answer: true
                  - id: q2
                    type: numeric
                    prompt: How many were charged?
                    facts: [four-charged]
                    tags: [dates, numbers]
                """;

        @Test
        void aDrawAskingForMoreQuestionsThanItsPoolHolds() {
            bank.file("q.yaml", TWO_TAGGED_QUESTIONS).file("quiz.yaml", """
                    quizzes:
                      - id: exam
                        title: Exam
                        draw:
                          - tags: [dates]
                            count: 3
                    """);
            bank.assertOnlyError("quiz.yaml", 5, 9, "a draw of quiz 'exam' asks for 3 questions tagged [dates], "
                    + "but its pool holds only 2");
        }

        @Test
        void fixedQuestionsAreNotCountedInADrawPool() {
            bank.file("q.yaml", TWO_TAGGED_QUESTIONS).file("quiz.yaml", """
                    quizzes:
                      - id: exam
                        title: Exam
                        questions: [q1]
                        draw:
                          - tags: [dates]
                            count: 2
                    """);
            bank.assertOnlyError("quiz.yaml", 6, 9, "its pool holds only 1");
        }

        @Test
        void overlappingDrawsThatCannotAllBeFilledAreReported() {
            bank.file("q.yaml", TWO_TAGGED_QUESTIONS).file("quiz.yaml", """
                    quizzes:
                      - id: exam
                        title: Exam
                        draw:
                          - tags: [dates]
                            count: 2
                          - tags: [numbers]
                            count: 1
                    """);
            bank.assertOnlyError("quiz.yaml", 5, 7, "ask for 3 different questions in all, but their overlapping pools can supply only 2");
        }

        @Test
        void drawsThatCanBeFilledTogetherAreValid() {
            bank.file("q.yaml", TWO_TAGGED_QUESTIONS).file("quiz.yaml", """
                    quizzes:
                      - id: exam
                        title: Exam
                        draw:
                          - tags: [dates]
                            count: 1
                          - tags: [numbers]
                            count: 1
                    """);
            assertEquals(2, bank.loadValid().quiz("exam").orElseThrow().questionCount());
        }
    }

    @Nested
    class ImpossibleValues {

        @Test
        void aPublicationDateThatDoesNotExist() {
            bank.file("s.yaml", """
                    sources:
                      - id: weekly
                        outlet: The Weekly
                        title: Charges
                        published: 2021-02-30
                    """);
            bank.assertOnlyError("s.yaml", 5, 16, "'published' of source 'weekly' is an impossible date: 2021-02-30");
        }

        @Test
        void aDateAnswerWithAThirteenthMonth() {
            bank.file("q.yaml", """
                    questions:
                      - id: q1
                        type: date
                        prompt: When were the charges announced?
                        facts: [front-company]
                        answer: 2021-13
                    """);
            bank.assertOnlyError("q.yaml", 6, 13, "'answer' of question 'q1' is an impossible date: 2021-13");
        }

        @Test
        void aNegativeTolerance() {
            bank.file("q.yaml", """
                    questions:
                      - id: q1
                        type: numeric
                        prompt: How many were charged?
                        facts: [four-charged]
                        tolerance: -1
                    """);
            bank.assertOnlyError("q.yaml", 6, 16, "'tolerance' of question 'q1' must not be negative, but is -1");
        }

        @Test
        void negativeOrZeroPoints() {
            bank.file("q.yaml", """
                    questions:
                      - id: q1
                        type: numeric
                        prompt: How many were charged?
                        facts: [four-charged]
                        points: -2
                      - id: q2
                        type: numeric
                        prompt: How many were charged?
                        facts: [four-charged]
                        points: 0
                    """);
            List<BankProblem> errors = bank.loadErrors();
            assertEquals(2, errors.size(), () -> errors.toString());
            bank.assertError(errors, "q.yaml", 6, 13, "'points' of question 'q1' must be more than zero, not -2");
            bank.assertError(errors, "q.yaml", 11, 13, "'points' of question 'q2' must be more than zero, not 0");
        }

        @Test
        void pointsFinerThanAMarkCanRecord() {
            bank.file("q.yaml", """
                    questions:
                      - id: q1
                        type: numeric
                        prompt: How many were charged?
                        facts: [four-charged]
                        points: 0.00001
                    """);
            bank.assertOnlyError("q.yaml", 6, 13,
                    "'points' of question 'q1' must have at most 4 decimals and be at most 1000, not 0.00001");
        }

        @Test
        void aTimeLimitWithoutAUnit() {
            bank.file("q.yaml", """
                    questions:
                      - id: q1
                        type: numeric
                        prompt: How many were charged?
                        facts: [four-charged]
                    quizzes:
                      - id: exam
                        title: Exam
                        questions: [q1]
                        time-limit: 15
                    """);
            bank.assertOnlyError("q.yaml", 10, 17, "'time-limit' of quiz 'exam' must be a positive duration with units");
        }

        @Test
        void aSourceAddressThatIsNotAWebAddress() {
            bank.file("s.yaml", """
                    sources:
                      - id: weekly
                        outlet: The Weekly
                        title: Charges
                        published: 2021-07
                        url: "javascript:alert(1)"
                    """);
            bank.assertOnlyError("s.yaml", 6, 10, "'url' of source 'weekly' must be an http or https address");
        }
    }

    @Nested
    class EmptyText {

        @Test
        void anEmptyPrompt() {
            bank.file("q.yaml", """
                    questions:
                      - id: q1
                        type: true-false
                        prompt: "  "
                        facts: [announced]
                        answer: true
                    """);
            bank.assertOnlyError("q.yaml", 4, 13, "'prompt' of question 'q1' is empty");
        }

        @Test
        void aPromptKeyWithNoValueIsEmpty() {
            bank.file("q.yaml", """
                    questions:
                      - id: q1
                        type: true-false
                        prompt:
                        facts: [announced]
                        answer: true
                    """);
            bank.assertOnlyError("q.yaml", 4, 12, "'prompt' of question 'q1' is empty");
        }
    }

    @Test
    void aMissingPromptIsRequired() {
        bank.file("q.yaml", """
                questions:
                  - id: q1
                    type: true-false
                    facts: [announced]
                    answer: true
                """);
        bank.assertOnlyError("q.yaml", 2, 5, "question 'q1' needs 'prompt'");
    }

    @Nested
    class Limits {

        @Test
        void aBillionLaughsFileIsStoppedByTheAliasLimit() {
            StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
            for (char level = 'b'; level <= 'i'; level++) {
                char previous = (char) (level - 1);
                bomb.append(level).append(": &").append(level).append(" [");
                for (int i = 0; i < 9; i++) {
                    bomb.append(i == 0 ? "" : ",").append('*').append(previous);
                }
                bomb.append("]\n");
            }
            bank.file("bomb.yaml", bomb.toString());
            BankProblem error = bank.loadErrors().get(0);
            assertEquals(bank.label("bomb.yaml"), error.location().file());
            assertTrue(error.message().contains("aliases expand to more than 10000 nodes"), error.message());
        }

        @Test
        void nestingDeeperThanTheLimitIsRejected() {
            bank.file("deep.yaml", "facts: " + "[".repeat(100) + "]".repeat(100) + "\n");
            BankProblem error = bank.loadErrors().get(0);
            assertEquals(bank.label("deep.yaml"), error.location().file());
            assertTrue(error.message().contains("the YAML nests deeper than 64 levels"), error.message());
        }

        @Test
        void modestAliasesAreAllowed() {
            bank.file("q.yaml", """
                    questions:
                      - id: q1
                        type: true-false
                        prompt: The charges were announced in July.
                        facts: &when [announced]
                        answer: true
                      - id: q2
                        type: true-false
                        prompt: The charges were announced in March.
                        facts: *when
                        answer: false
                    """);
            assertEquals(List.of("announced"), bank.loadValid().question("q2").orElseThrow().info().factIds());
        }

        @Test
        void aFileOverTheSizeLimitIsRejectedUnread() {
            byte[] large = new byte[1024 * 1024 + 1];
            java.util.Arrays.fill(large, (byte) '#');
            bank.bytes("large.yaml", large);
            bank.assertOnlyError("large.yaml", 1, 1, "a bank file may hold at most 1,048,576 bytes");
        }
    }

    @Test
    void everyErrorInEveryFileIsReportedInOnePass() {
        bank.file("a.yaml", """
                questions:
                  - id: q1
                    type: true-false
                    prompt: ""
                    facts: [nothing]
                    answer: maybe
                """).file("sub/b.yml", """
                quizzes:
                  - id: Exam
                    title: Exam
                """);
        List<BankProblem> errors = bank.loadErrors();
        bank.assertError(errors, "a.yaml", 4, 13, "is empty");
        bank.assertError(errors, "a.yaml", 5, 13, "the fact 'nothing'");
        bank.assertError(errors, "a.yaml", 6, 13, "must be true or false");
        bank.assertError(errors, "sub/b.yml", 2, 9, "must be kebab-case");
    }
}
