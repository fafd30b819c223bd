package org.cyberpolicy.quiz.training;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cyberpolicy.quiz.bank.Difficulty;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.QuestionType;

/**
 * Picks the next training question. Due facts come first, the least likely to be recalled first; then, while today's
 * allowance lasts, a new fact, in bank order. For the chosen fact it prefers a question the student did not see at the
 * fact's last review; then one that asks what the student's memory of the fact is ready for: to recognise the answer
 * among choices while the fact is new or weak, to recall it (enter the date, number or name) once its stability
 * reaches {@code recallFrom}, since a student who only ever picks from choices learns the choices rather than the fact;
 * then one of another type than last time, not the question just asked, and otherwise the one asked longest ago.
 * Pure: everything it needs is given.
 */
public final class QuestionChooser {

    /** What the chooser knows of the student. */
    public record Standing(Map<String, Memory> memories, Map<String, Seen> lastSeenByFact,
            Map<String, Instant> lastAskedByQuestion, Optional<String> previousQuestionId, int newAllowance) {
    }

    /** The question and type that last reviewed a fact. */
    public record Seen(String questionId, String questionType) {
    }

    /** The chosen question, the fact it was chosen for, and whether that fact is new. */
    public record Pick(Question question, String factId, boolean introduces) {
    }

    private final FsrsScheduler scheduler;
    private final double recallFromDays;

    public QuestionChooser(FsrsScheduler scheduler, Duration recallFrom) {
        this.scheduler = scheduler;
        this.recallFromDays = recallFrom.toSeconds() / 86_400.0;
    }

    /** What a review of the fact should ask of the student's memory now. */
    QuestionType.Asks stage(Optional<Memory> memory) {
        return memory.filter(m -> m.stability() >= recallFromDays).isPresent() ? QuestionType.Asks.RECALL
                : QuestionType.Asks.RECOGNITION;
    }

    /** The facts due at {@code now} among {@code factIds}, in the order they should be reviewed. */
    public List<String> due(Set<String> factIds, Map<String, Memory> memories, Instant now) {
        return factIds.stream().filter(memories::containsKey).filter(id -> !memories.get(id).due().isAfter(now))
                .sorted(Comparator.<String>comparingDouble(id -> scheduler.retrievability(memories.get(id), now))
                        .thenComparing(id -> memories.get(id).due()).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    public Optional<Pick> choose(List<Question> pool, Standing standing, Instant now) {
        Set<String> poolFacts = factsOf(pool);
        List<String> due = due(poolFacts, standing.memories(), now);
        if (!due.isEmpty()) {
            String fact = due.get(0);
            return Optional.of(new Pick(bestQuestion(pool, fact, standing, false), fact, false));
        }
        if (standing.newAllowance() <= 0) {
            return Optional.empty();
        }
        // Bank order: authors group facts by topic, so new facts arrive as a story rather than at random.
        Optional<String> fresh = pool.stream().flatMap(q -> q.info().factIds().stream())
                .filter(id -> !standing.memories().containsKey(id)).findFirst();
        return fresh.map(fact -> new Pick(bestQuestion(pool, fact, standing, true), fact, true));
    }

    private Question bestQuestion(List<Question> pool, String fact, Standing standing, boolean introducing) {
        Optional<Seen> last = Optional.ofNullable(standing.lastSeenByFact().get(fact));
        QuestionType.Asks stage = stage(Optional.ofNullable(standing.memories().get(fact)));
        Comparator<Question> preference = Comparator
                .<Question>comparingInt(q -> last.filter(seen -> seen.questionId().equals(q.id())).isPresent() ? 1 : 0)
                .thenComparingInt(q -> q.type().asks() == stage ? 0 : 1)
                .thenComparingInt(q -> last.filter(seen -> seen.questionType().equals(q.type().yamlName()))
                        .isPresent() ? 1 : 0)
                .thenComparingInt(q -> standing.previousQuestionId().filter(q.id()::equals).isPresent() ? 1 : 0)
                // Meet one new thing at a time: other unseen facts in the same question count against it.
                .thenComparingLong(q -> q.info().factIds().stream()
                        .filter(id -> !id.equals(fact) && !standing.memories().containsKey(id)).count());
        if (introducing) {
            // A new fact is best met through an easy question.
            preference = preference.thenComparingInt(QuestionChooser::difficultyRank);
        }
        preference = preference.thenComparing(
                q -> standing.lastAskedByQuestion().getOrDefault(q.id(), Instant.MIN));
        return pool.stream().filter(q -> q.info().factIds().contains(fact)).min(preference).orElseThrow();
    }

    private static int difficultyRank(Question question) {
        return question.info().difficulty().map(d -> d == Difficulty.EASY ? 0 : d == Difficulty.MEDIUM ? 1 : 2)
                .orElse(1);
    }

    static Set<String> factsOf(List<Question> pool) {
        return pool.stream().flatMap(q -> q.info().factIds().stream())
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
