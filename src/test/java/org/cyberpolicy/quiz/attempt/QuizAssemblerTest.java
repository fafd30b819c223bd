package org.cyberpolicy.quiz.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.BankConfig;
import org.cyberpolicy.quiz.bank.Draw;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.Quiz;
import org.cyberpolicy.quiz.bank.load.BankLoader;
import org.cyberpolicy.quiz.bank.load.LoadResult;
import org.cyberpolicy.quiz.bank.yaml.YamlLimits;
import org.cyberpolicy.quiz.engine.PresentedQuestion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How the shipped quizzes are turned into attempts. */
class QuizAssemblerTest {

    private static Bank bank;

    @BeforeAll
    static void load() {
        bank = ((LoadResult.Loaded) new BankLoader(BankConfig.DEFAULT_MAX_FILE_BYTES, YamlLimits.DEFAULT)
                .load(Path.of("questions"))).bank();
    }

    private static List<String> ids(List<PresentedQuestion> questions) {
        return questions.stream().map(q -> q.question().id()).toList();
    }

    @Test
    void theSameSeedGivesTheSameAttempt() {
        Quiz quiz = bank.quiz("cyber-accusations-exam").orElseThrow();

        assertEquals(QuizAssembler.assemble(bank, quiz, 42), QuizAssembler.assemble(bank, quiz, 42));
    }

    @Test
    void differentSeedsGiveDifferentOrders() {
        Quiz quiz = bank.quiz("indictments-exam").orElseThrow();
        Set<List<String>> orders = new HashSet<>();
        LongStream.range(0, 20).forEach(seed -> orders.add(ids(QuizAssembler.assemble(bank, quiz, seed))));

        assertTrue(orders.size() > 10, "only " + orders.size() + " different orders in 20 seeds");
    }

    @Test
    void aFixedQuizShowsEachOfItsQuestionsOnce() {
        Quiz quiz = bank.quiz("indictments-exam").orElseThrow();

        List<String> shown = ids(QuizAssembler.assemble(bank, quiz, 7));

        assertEquals(Set.copyOf(quiz.questionIds()), Set.copyOf(shown));
        assertEquals(quiz.questionIds().size(), shown.size());
    }

    @Test
    void everyDrawIsFilledWithDistinctQuestionsOfItsPool() {
        Quiz quiz = bank.quiz("cyber-accusations-exam").orElseThrow();
        for (long seed = 0; seed < 50; seed++) {
            List<PresentedQuestion> shown = QuizAssembler.assemble(bank, quiz, seed);
            assertEquals(quiz.questionCount(), shown.size());
            assertEquals(shown.size(), Set.copyOf(ids(shown)).size(), "a question drawn twice");
            for (Draw draw : quiz.draws()) {
                long admitted = shown.stream().filter(q -> draw.admits(q.question())).count();
                assertTrue(admitted >= draw.count(), "draw " + draw.tags() + " short with seed " + seed);
            }
        }
    }

    @Test
    void drawsVaryFromAttemptToAttempt() {
        Quiz quiz = bank.quiz("cyber-accusations-exam").orElseThrow();
        Set<Set<String>> selections = new HashSet<>();
        LongStream.range(0, 20).forEach(seed -> selections.add(Set.copyOf(ids(QuizAssembler.assemble(bank, quiz,
                seed)))));

        assertTrue(selections.size() > 10, "only " + selections.size() + " different selections in 20 seeds");
    }

    @Test
    void orderingItemsAreLaidOutInEveryPossibleOrderTheCorrectOneIncluded() {
        Quiz quiz = bank.quiz("indictments-exam").orElseThrow();
        List<Question> orderings = bank.questions().values().stream()
                .filter(q -> q instanceof Question.Ordering).toList();
        Quiz all = new Quiz("all-orderings", "All orderings", java.util.Optional.empty(), Quiz.Mode.PRACTICE,
                orderings.stream().map(Question::id).toList(), List.of(), false, false, java.util.Optional.empty(),
                java.util.Optional.empty(), Quiz.Grading.HIGHEST, java.util.Optional.empty(), quiz.location());
        java.util.Map<String, Set<List<Integer>>> seen = new java.util.HashMap<>();
        for (long seed = 0; seed < 3000; seed++) {
            for (PresentedQuestion q : QuizAssembler.assemble(bank, all, seed)) {
                seen.computeIfAbsent(q.question().id(), id -> new HashSet<>()).add(q.layout().order());
            }
        }
        for (Question question : orderings) {
            int items = ((Question.Ordering) question).items().size();
            Set<List<Integer>> orders = seen.get(question.id());
            assertTrue(orders.contains(IntStream.range(0, items).boxed().toList()),
                    question.id() + " never shown in its correct order");
            assertEquals(LongStream.rangeClosed(1, items).reduce(1, (a, b) -> a * b), orders.size(),
                    question.id() + " shown in only " + orders.size() + " orders");
        }
    }

    @Test
    void withoutShufflingQuestionsAndChoicesKeepTheBankOrder() {
        Quiz quiz = bank.quiz("indictments-exam").orElseThrow();
        Quiz plain = new Quiz(quiz.id(), quiz.title(), quiz.description(), quiz.mode(), quiz.questionIds(),
                List.of(), false, false, quiz.timeLimit(), quiz.maxAttempts(), quiz.grading(), quiz.passMark(),
                quiz.location());

        List<PresentedQuestion> shown = QuizAssembler.assemble(bank, plain, 3);

        assertEquals(quiz.questionIds(), ids(shown));
        shown.stream().filter(q -> q.question() instanceof Question.SingleChoice).forEach(q -> assertEquals(
                IntStream.range(0, q.layout().order().size()).boxed().toList(), q.layout().order()));
    }
}
