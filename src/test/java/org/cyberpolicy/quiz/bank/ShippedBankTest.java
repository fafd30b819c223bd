package org.cyberpolicy.quiz.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.cyberpolicy.quiz.bank.load.BankLoader;
import org.cyberpolicy.quiz.bank.load.LoadResult;
import org.cyberpolicy.quiz.bank.yaml.YamlLimits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bank in {@code questions/} that ships with the product meets the bar the product promises. */
class ShippedBankTest {

    static LoadResult result;
    static Bank bank;

    @BeforeAll
    static void load() {
        result = new BankLoader(BankConfig.DEFAULT_MAX_FILE_BYTES, YamlLimits.DEFAULT).load(Path.of("questions"));
        if (result instanceof LoadResult.Rejected rejected) {
            throw new AssertionError("the shipped bank is invalid:\n" + BankFolder.lines(rejected.errors()));
        }
        bank = ((LoadResult.Loaded) result).bank();
    }

    @Test
    void isValidWithoutWarnings() {
        assertInstanceOf(LoadResult.Loaded.class, result);
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void citesTheThreeSourceArticles() {
        assertEquals(Set.of("vanrensburg-2021-07-24", "telecoms-2021-07-19", "ie-2021-07"), bank.sources().keySet());
    }

    @Test
    void holdsAtLeastFortyQuestionsOfAllEightTypes() {
        assertTrue(bank.questions().size() >= 40, "only " + bank.questions().size() + " questions");
        Set<QuestionType> used = bank.questions().values().stream().map(Question::type)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(QuestionType.class)));
        assertEquals(EnumSet.allOf(QuestionType.class), used);
    }

    @Test
    void notesWhereTheArticlesDifferOnWhomTheFourWorkedFor() {
        for (String fact : List.of("defendants-worked-for-mss", "fourth-defendant-role")) {
            String note = bank.facts().get(fact).note().orElseThrow(() -> new AssertionError(fact + " has no note"));
            assertTrue(note.contains("MSS") && note.contains("private"), fact + ": " + note);
        }
    }

    @Test
    void titlesTenTopicsAndCountsNineNotesAndSevenQuotationsAsTheReadmeSays() throws Exception {
        assertEquals(10, bank.topics().size());
        assertEquals(9, bank.facts().values().stream().filter(f -> f.note().isPresent()).count());
        assertEquals(7, bank.facts().values().stream().filter(f -> f.speaker().isPresent()).count());
        String readme = java.nio.file.Files.readString(Path.of("README.md")).replaceAll("\\s+", " ");
        assertTrue(readme.contains("titles 10 topics for the briefings (9 facts carry a note on where the reports"
                + " differ, 7 are quotations of officials)"), "README.md no longer says the bank's counts");
    }

    @Test
    void testsEveryFact() {
        Set<String> tested = bank.questions().values().stream().flatMap(q -> q.info().factIds().stream())
                .collect(Collectors.toSet());
        assertEquals(bank.facts().keySet(), tested);
    }

    @Test
    void everyQuestionHasFeedbackThatNamesASourceOfItsFacts() {
        for (Question question : bank.questions().values()) {
            String feedback = question.info().feedback().orElse("").toLowerCase(Locale.ROOT);
            boolean namesASource = bank.factsOf(question).stream()
                    .flatMap(fact -> fact.sourceIds().stream())
                    .map(bank.sources()::get)
                    .anyMatch(source -> feedback.contains(source.outlet().toLowerCase(Locale.ROOT))
                            || source.author().map(a -> feedback.contains(surname(a))).orElse(false));
            assertTrue(namesASource, "the feedback of '" + question.id() + "' names none of its sources");
        }
    }

    private static String surname(String author) {
        String[] words = author.toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }

    @Test
    void everyQuestionHasADifficultyAndTags() {
        for (Question question : bank.questions().values()) {
            assertTrue(question.info().difficulty().isPresent(), question.id() + " has no difficulty");
            assertTrue(!question.info().tags().isEmpty(), question.id() + " has no tags");
        }
    }

    @Test
    void offersATimedLimitedExamARandomExamAndAPracticeQuiz() {
        List<Quiz> quizzes = List.copyOf(bank.quizzes().values());
        assertTrue(quizzes.stream().anyMatch(q -> q.mode() == Quiz.Mode.EXAM && q.timeLimit().isPresent()
                && q.maxAttempts().isPresent() && !q.questionIds().isEmpty()), "no timed exam with limited attempts");
        assertTrue(quizzes.stream().anyMatch(q -> q.mode() == Quiz.Mode.EXAM && !q.draws().isEmpty()),
                "no exam drawing at random");
        assertTrue(quizzes.stream().anyMatch(q -> q.mode() == Quiz.Mode.PRACTICE), "no practice quiz");
    }

    @Test
    void someAnswersComeFromFacts() {
        long derived = bank.questions().values().stream()
                .filter(q -> q instanceof Question.Numeric || q instanceof Question.DateAnswer
                        || q instanceof Question.ShortAnswer)
                .filter(q -> q.info().factIds().size() == 1)
                .filter(q -> bank.factsOf(q).get(0).value().isPresent())
                .count();
        assertTrue(derived >= 5, "only " + derived + " questions are tied to a single valued fact");
    }
}
