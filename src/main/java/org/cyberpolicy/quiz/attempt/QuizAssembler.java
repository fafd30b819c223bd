package org.cyberpolicy.quiz.attempt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.Draw;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.Quiz;
import org.cyberpolicy.quiz.bank.load.DrawMatching;
import org.cyberpolicy.quiz.engine.Layouts;
import org.cyberpolicy.quiz.engine.PresentedQuestion;

/**
 * Turns a quiz into the questions of one attempt: the fixed questions plus the random draws, in order, each with the
 * order of its parts. Everything random comes from one seed, stored with the attempt, so the same seed on the same
 * bank always gives the same attempt.
 */
public final class QuizAssembler {

    private QuizAssembler() {
    }

    public static List<PresentedQuestion> assemble(Bank bank, Quiz quiz, long seed) {
        Random random = new Random(seed);
        List<Question> questions = new ArrayList<>();
        quiz.questionIds().forEach(id -> questions.add(bank.questions().get(id)));
        questions.addAll(drawn(bank, quiz, random));
        if (quiz.shuffleQuestions()) {
            Collections.shuffle(questions, random);
        }
        return questions.stream()
                .map(q -> new PresentedQuestion(q, Layouts.of(q, quiz.shuffleChoices(), random)))
                .toList();
    }

    private static List<Question> drawn(Bank bank, Quiz quiz, Random random) {
        Set<String> fixed = Set.copyOf(quiz.questionIds());
        List<List<String>> slotPools = new ArrayList<>();
        for (Draw draw : quiz.draws()) {
            List<String> pool = new ArrayList<>(bank.questions().values().stream()
                    .filter(q -> !fixed.contains(q.id()) && draw.admits(q)).map(Question::id).toList());
            for (int i = 0; i < draw.count(); i++) {
                List<String> shuffled = new ArrayList<>(pool);
                Collections.shuffle(shuffled, random);
                slotPools.add(shuffled);
            }
        }
        Map<Integer, String> picked = DrawMatching.assign(slotPools);
        if (picked.size() < slotPools.size()) {
            // The validator refuses such a bank, so this is a bug, not a student's problem.
            throw new IllegalStateException("quiz '" + quiz.id() + "' cannot be drawn from bank " + bank.version());
        }
        return IntStream.range(0, slotPools.size()).mapToObj(slot -> bank.questions().get(picked.get(slot))).toList();
    }
}
