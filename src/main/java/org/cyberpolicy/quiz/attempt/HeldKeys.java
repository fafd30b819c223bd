package org.cyberpolicy.quiz.attempt;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.Quiz;
import org.cyberpolicy.quiz.engine.Disclosure;
import org.cyberpolicy.quiz.engine.FrozenQuestion;

/**
 * While a student has an exam open, nothing may tell them the answer to a question that exam holds, or to any
 * question that tests the same facts: not a practice check, not a training question, not the review of another of
 * their attempts, not the statements of those facts. The same holds between two attempts: while an exam's answers are
 * still hidden from a student who may attempt it again (its review policy), every question the exam can show (its
 * fixed questions and all that its draws can pick) and their facts are held back, unless the quiz says
 * {@code protect-questions: false}. This is the one place that knows what is held back; practice, training, progress
 * and the briefings ask it.
 */
@ApplicationScoped
public class HeldKeys {

    /**
     * What is held back from one student now.
     *
     * @param exams the titles of the exams that hold them: open ones, then those protected between attempts
     * @param until  when the last of them stops holding them (an open exam's deadline and the grace, a protected
     *               exam's closing time), so that everything is shown again at the latest; empty when one of them
     *               has no such time
     * @param between the titles of the exams that hold them between two attempts (also in {@code exams})
     */
    public record Held(Set<String> questionIds, Set<String> factIds, List<String> exams, Optional<Instant> until,
            List<String> between, Set<String> markedQuestionIds, Set<String> markedFactIds) {

        public static final Held NOTHING = new Held(Set.of(), Set.of(), List.of(), Optional.empty());

        /**
         * @param markedQuestionIds those of {@code questionIds} whose marks are held back too: an open exam's (a mark
         *                          says whether an answer was right); between attempts only the keys are
         * @param markedFactIds     likewise for the facts
         */
        public Held {
            questionIds = Set.copyOf(questionIds);
            factIds = Set.copyOf(factIds);
            exams = List.copyOf(exams);
            between = List.copyOf(between);
            markedQuestionIds = Set.copyOf(markedQuestionIds);
            markedFactIds = Set.copyOf(markedFactIds);
        }

        /** Held back by open exams only: marks included. */
        public Held(Set<String> questionIds, Set<String> factIds, List<String> exams, Optional<Instant> until) {
            this(questionIds, factIds, exams, until, List.of(), questionIds, factIds);
        }

        public boolean any() {
            return !exams.isEmpty();
        }

        /** Whether the question, or one of its facts, is in an open exam. */
        public boolean holds(Question question) {
            return questionIds.contains(question.id()) || question.info().factIds().stream().anyMatch(factIds::contains);
        }

        public boolean holdsFact(String factId) {
            return factIds.contains(factId);
        }

        /** What a student may see of a marked question. */
        public Disclosure disclosureOf(Question question) {
            if (markedQuestionIds.contains(question.id())
                    || question.info().factIds().stream().anyMatch(markedFactIds::contains)) {
                return Disclosure.nothing(because());
            }
            return holds(question) ? Disclosure.review(false, false, Optional.of(because())) : Disclosure.FULL;
        }

        /** Why, in words for the student. */
        public String because() {
            List<String> open = exams.stream().filter(title -> !between.contains(title)).toList();
            String openReason = open.isEmpty() ? "" : "Held back while your exam " + quoted(open)
                    + (open.size() == 1 ? " is" : " are") + " open: shown once you have submitted "
                    + (open.size() == 1 ? "it." : "them.");
            String betweenReason = between.isEmpty() ? "" : "Held back while you may still attempt the exam "
                    + quoted(between) + " and its answers are not shown yet.";
            return (openReason + " " + betweenReason).strip();
        }

        private static String quoted(List<String> titles) {
            return titles.stream().map(title -> "\u201c" + title + "\u201d").collect(Collectors.joining(" and "));
        }
    }

    private final FrozenQuestions frozenQuestions;
    private final AttemptConfig config;
    private final CurrentBank currentBank;
    private final Standings standings;
    private final Clock clock = Clock.systemUTC();

    HeldKeys(FrozenQuestions frozenQuestions, AttemptConfig config, CurrentBank currentBank, Standings standings) {
        this.frozenQuestions = frozenQuestions;
        this.config = config;
        this.currentBank = currentBank;
        this.standings = standings;
    }

    /**
     * What is held back from the account now: the questions and facts of its exams that still take answers, and of
     * the exams it may attempt again whose answers it may not see yet.
     */
    @Transactional
    public Held of(long accountId) {
        Instant now = clock.instant();
        List<Attempt> exams = Attempt.examsOf(accountId);
        List<Attempt> open = exams.stream().filter(attempt -> attempt.acceptsAnswersAt(now, config.grace())).toList();
        List<Protected> between = protectedBetweenAttempts(accountId, exams, now);
        if (open.isEmpty() && between.isEmpty()) {
            return Held.NOTHING;
        }
        Set<String> questions = new HashSet<>();
        Set<String> facts = new HashSet<>();
        List<String> titles = new ArrayList<>();
        List<Optional<Instant>> ends = new ArrayList<>();
        open.forEach(attempt -> ends.add(attempt.deadlineValue().map(deadline -> deadline.plus(config.grace()))));
        between.forEach(exam -> ends.add(exam.standing().closes()));
        Optional<Instant> until = ends.stream().allMatch(Optional::isPresent)
                ? ends.stream().map(Optional::get).max(Instant::compareTo)
                : Optional.empty();
        for (Protected exam : between) {
            currentBank.get().questions().values().stream().filter(exam.quiz()::canShow).forEach(question -> {
                questions.add(question.id());
                facts.addAll(question.info().factIds());
            });
        }
        Set<String> markedQuestions = new HashSet<>();
        Set<String> markedFacts = new HashSet<>();
        for (Attempt attempt : open) {
            titles.add(attempt.quizTitle);
            for (FrozenQuestion frozen : frozenQuestions.of(attempt.questions).values()) {
                markedQuestions.add(frozen.presented().question().id());
                markedFacts.addAll(frozen.presented().question().info().factIds());
            }
        }
        questions.addAll(markedQuestions);
        facts.addAll(markedFacts);
        List<String> betweenTitles = between.stream().map(exam -> exam.quiz().title()).toList();
        titles.addAll(betweenTitles);
        return new Held(questions, facts, titles, until, betweenTitles, markedQuestions, markedFacts);
    }

    private record Protected(Quiz quiz, Standing standing) {
    }

    /**
     * The exams of the bank that protect their questions from this student now: they have attempted it, have none
     * open, may attempt it again, and may not see its answers yet.
     */
    private List<Protected> protectedBetweenAttempts(long accountId, List<Attempt> exams, Instant now) {
        Map<String, List<Attempt>> byQuiz = exams.stream().collect(Collectors.groupingBy(attempt -> attempt.quizId));
        List<Protected> result = new ArrayList<>();
        byQuiz.forEach((quizId, attempts) -> currentBank.get().quiz(quizId)
                .filter(quiz -> quiz.mode() == Quiz.Mode.EXAM && quiz.review().protectQuestions())
                .filter(quiz -> attempts.stream().noneMatch(attempt -> attempt.acceptsAnswersAt(now, config.grace())))
                .ifPresent(quiz -> {
                    Standing standing = standings.of(accountId, quiz, attempts);
                    if (standing.canAttemptAgainAt(now)
                            && !ReviewRule.shown(quiz.review().answers(), standing, now)) {
                        result.add(new Protected(quiz, standing));
                    }
                }));
        return result;
    }
}
