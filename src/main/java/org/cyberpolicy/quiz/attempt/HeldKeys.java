package org.cyberpolicy.quiz.attempt;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.engine.Disclosure;
import org.cyberpolicy.quiz.engine.FrozenQuestion;

/**
 * While a student has an exam open, nothing may tell them the answer to a question that exam holds, or to any
 * question that tests the same facts: not a practice check, not a training question, not the review of another of
 * their attempts, not the statements of those facts. This is the one place that knows what is held back; practice,
 * training and progress ask it.
 */
@ApplicationScoped
public class HeldKeys {

    /**
     * What is held back from one student now.
     *
     * @param exams the titles of the open exams that hold them
     * @param until  when the last of them stops taking answers (its deadline and the grace), so that everything is
     *               shown again at the latest; empty when one of them has no time limit and ends only when submitted
     */
    public record Held(Set<String> questionIds, Set<String> factIds, List<String> exams, Optional<Instant> until) {

        public static final Held NOTHING = new Held(Set.of(), Set.of(), List.of(), Optional.empty());

        public Held {
            questionIds = Set.copyOf(questionIds);
            factIds = Set.copyOf(factIds);
            exams = List.copyOf(exams);
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
            return holds(question) ? Disclosure.nothing(because()) : Disclosure.FULL;
        }

        /** Why, in words for the student. */
        public String because() {
            return "Held back while your exam " + exams.stream().map(title -> "\u201c" + title + "\u201d")
                    .collect(Collectors.joining(" and ")) + (exams.size() == 1 ? " is" : " are")
                    + " open: shown once you have submitted " + (exams.size() == 1 ? "it." : "them.");
        }
    }

    private final FrozenQuestions frozenQuestions;
    private final AttemptConfig config;
    private final Clock clock = Clock.systemUTC();

    HeldKeys(FrozenQuestions frozenQuestions, AttemptConfig config) {
        this.frozenQuestions = frozenQuestions;
        this.config = config;
    }

    /** What is held back from the account now: the questions and facts of its exams that still take answers. */
    @Transactional
    public Held of(long accountId) {
        List<Attempt> open = Attempt.openExamsOf(accountId).stream()
                .filter(attempt -> attempt.acceptsAnswersAt(clock.instant(), config.grace())).toList();
        if (open.isEmpty()) {
            return Held.NOTHING;
        }
        Set<String> questions = new HashSet<>();
        Set<String> facts = new HashSet<>();
        List<String> exams = new ArrayList<>();
        Optional<Instant> until = open.stream().allMatch(attempt -> attempt.deadlineValue().isPresent())
                ? open.stream().map(attempt -> attempt.deadline.plus(config.grace())).max(Instant::compareTo)
                : Optional.empty();
        for (Attempt attempt : open) {
            exams.add(attempt.quizTitle);
            for (FrozenQuestion frozen : frozenQuestions.of(attempt.questions).values()) {
                questions.add(frozen.presented().question().id());
                facts.addAll(frozen.presented().question().info().factIds());
            }
        }
        return new Held(questions, facts, exams, until);
    }
}
