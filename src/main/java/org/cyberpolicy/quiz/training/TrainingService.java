package org.cyberpolicy.quiz.training;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.account.limits.Write;
import org.cyberpolicy.quiz.account.limits.WriteLimits;
import org.cyberpolicy.quiz.attempt.HeldKeys;
import org.cyberpolicy.quiz.attempt.PracticeAnswered;
import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.Fact;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.engine.FrozenFact;
import org.cyberpolicy.quiz.engine.FrozenQuestion;
import org.cyberpolicy.quiz.engine.InvalidResponseException;
import org.cyberpolicy.quiz.engine.Layouts;
import org.cyberpolicy.quiz.engine.Mark;
import org.cyberpolicy.quiz.engine.PresentedQuestion;
import org.cyberpolicy.quiz.engine.QuestionKinds;
import org.cyberpolicy.quiz.engine.Response;
import org.cyberpolicy.quiz.engine.ResponseCodec;
import org.cyberpolicy.quiz.engine.ResponseInput;
import org.cyberpolicy.quiz.engine.ReviewedQuestion;
import org.cyberpolicy.quiz.engine.SheetQuestion;
import org.cyberpolicy.quiz.engine.SnapshotCodec;

/**
 * Training sessions: asking the next question, grading the answer as a review of each of its facts, and the student's
 * own rating afterwards. The pages and the JSON API both go through here. Each change of a student's memory runs with
 * that student's account row locked, so two answers sent at once are reviewed one after the other.
 */
@ApplicationScoped
public class TrainingService {

    /** At most this many tags limit a session; more would be a mistake or an attack. */
    public static final int MAX_TAGS = 50;

    /** The most new facts a student may add to one day beyond the allowance: a bound on what one click can store. */
    public static final int MAX_EXTRA_PER_DAY = 200;

    private final CurrentBank currentBank;
    private final SnapshotCodec snapshots;
    private final ResponseCodec responses = new ResponseCodec();
    private final TrainingConfig config;
    private final TrainingClock clock;
    private final FsrsScheduler scheduler;
    private final QuestionChooser chooser;
    private final HeldKeys heldKeys;
    private final Random random = new SecureRandom();
    private final WriteLimits writeLimits;

    TrainingService(CurrentBank currentBank, SnapshotCodec snapshots, HeldKeys heldKeys, TrainingConfig config,
            TrainingClock clock, WriteLimits writeLimits) {
        this.currentBank = currentBank;
        this.snapshots = snapshots;
        this.heldKeys = heldKeys;
        this.config = config;
        this.clock = clock;
        this.scheduler = new FsrsScheduler(config.parameters());
        this.chooser = new QuestionChooser(scheduler, config.recallFromStability());
        this.writeLimits = writeLimits;
    }

    public FsrsScheduler scheduler() {
        return scheduler;
    }

    /** What {@link #next} gives: a question to answer, or the news that nothing is due. */
    public sealed interface Next permits Asked, NothingDue {
    }

    /**
     * A question to answer, without its key.
     *
     * @param introduces   whether it brings a new fact rather than a due one
     * @param dueNow       how many facts of the session are due, this one's included
     * @param newLeftToday how many new facts may still be met today in this session
     */
    public record Asked(String token, SheetQuestion question, boolean introduces, Set<String> tags, int dueNow,
            int newLeftToday) implements Next {
    }

    /**
     * Nothing to train now.
     *
     * @param nextDue      when the next fact falls due, or when tomorrow's new facts arrive; empty when never
     * @param newFactsWait whether new facts remain, waiting for tomorrow's allowance
     * @param today        the day's pace of new facts
     */
    public record NothingDue(Set<String> tags, Optional<Instant> nextDue, boolean newFactsWait, NewFactsToday today)
            implements Next {

        /** Why nothing is asked, in words for the student. */
        public String message() {
            if (nextDue.isEmpty()) {
                return "Nothing to train here: these questions test no fact yet.";
            }
            return newFactsWait
                    ? "Nothing is due now, and you have met today's " + today.allowance() + " new facts: "
                            + today.rule() + " Come back when the next review is due, or learn more now."
                    : "Nothing is due now. Come back when the next review is due.";
        }
    }

    /**
     * The day's pace of new facts for one student.
     *
     * @param perDay the daily allowance ({@code quiz.training.new-facts-per-day})
     * @param extra  the new facts the student chose to add today ("learn more today")
     * @param met    the facts met for the first time in training today
     */
    public record NewFactsToday(int perDay, int extra, int met) {

        public int allowance() {
            return perDay + extra;
        }

        public int left() {
            return Math.max(0, allowance() - met);
        }

        /** What counts towards the allowance, in words for the student. */
        public String rule() {
            return "training brings at most " + perDay + " new facts a day" + (extra > 0 ? " (today " + allowance()
                    + ", as you chose to learn more)" : "") + "; facts first met in a practice quiz do not count.";
        }
    }

    /** A fact after the review, to tell the student when it comes back. */
    public record FactOutcome(FrozenFact fact, Phase phase, Instant due) {
    }

    /**
     * An answered training question: the marking and explanations, and when its facts come back.
     *
     * @param mayRate whether the student may still give their own "hard" or "easy"
     */
    public record Answered(String token, ReviewedQuestion reviewed, Grade grade, boolean rated, boolean mayRate,
            Set<String> tags, List<FactOutcome> outcomes) {
    }

    /** A training question as its owner finds it through its token: still to answer, or answered. */
    public sealed interface Item permits Pending, Done {
    }

    public record Pending(Asked asked) implements Item {
    }

    public record Done(Answered answered) implements Item {
    }

    /** Every tag of the bank's questions (and of the facts they test), sorted, with how many questions carry it. */
    public Map<String, Long> tags() {
        Bank bank = currentBank.get();
        return bank.questions().values().stream().flatMap(q -> bank.tagsOf(q).stream())
                .collect(Collectors.groupingBy(t -> t, java.util.TreeMap::new, Collectors.counting()));
    }

    /**
     * Chooses the next question of a session limited to {@code tags} (none: the whole bank) and keeps it, key and
     * all, under a new token.
     *
     * @throws Refusal (invalid) for a tag no question has
     */
    @Transactional
    public Next next(long accountId, Set<String> tags) {
        writeLimits.spend(accountId, Write.TRAINING);
        Bank bank = currentBank.get();
        // The questions and facts of an open exam are not trained meanwhile: an answer would show their keys.
        HeldKeys.Held held = heldKeys.of(accountId);
        List<Question> pool = pool(bank, tags).stream().filter(question -> !held.holds(question)).toList();
        Account account = Account.findById(accountId);
        Instant now = clock.now();
        Map<String, Memory> memories = memories(bank, account);
        Set<String> poolFacts = QuestionChooser.factsOf(pool);
        NewFactsToday today = newFactsToday(account, now);
        int allowance = today.left();
        QuestionChooser.Standing standing = new QuestionChooser.Standing(memories, lastSeenByFact(account),
                TrainingQuestion.lastAskedByQuestion(account), TrainingQuestion.latest(account, 1).stream().map(q -> q.questionId)
                        .findFirst(),
                allowance);
        Optional<QuestionChooser.Pick> pick = chooser.choose(pool, standing, now);
        long unseen = poolFacts.stream().filter(id -> !memories.containsKey(id)).count();
        if (pick.isEmpty()) {
            Optional<Instant> nextDue = poolFacts.stream().filter(memories::containsKey)
                    .map(id -> memories.get(id).due()).min(Instant::compareTo);
            boolean newWait = unseen > 0;
            if (newWait) {
                Instant tomorrow = LocalDate.ofInstant(now, config.zone()).plusDays(1).atStartOfDay(config.zone())
                        .toInstant();
                nextDue = Optional.of(nextDue.filter(d -> d.isBefore(tomorrow)).orElse(tomorrow));
            }
            return new NothingDue(Set.copyOf(tags), nextDue, newWait, today);
        }
        Question question = pick.get().question();
        PresentedQuestion presented = Layouts.present(question, random);
        TrainingQuestion asked = new TrainingQuestion();
        asked.token = UUID.randomUUID().toString();
        asked.account = account;
        asked.questionId = question.id();
        asked.questionType = question.type().yamlName();
        asked.snapshot = snapshots.write(FrozenQuestion.of(presented, bank));
        asked.tags = TrainingQuestion.tagText(tags);
        asked.introduces = pick.get().introduces();
        asked.askedAt = now;
        asked.maxScore = question.points();
        asked.rated = false;
        asked.persist();
        int dueNow = chooser.due(poolFacts, memories, now).size();
        return asked(asked, presented, dueNow, (int) Math.min(allowance, unseen));
    }

    /**
     * Grades the answer to a question asked by {@link #next} and reviews each of its facts with the grade. No response
     * ({@link ResponseInput#NONE}) is "I don't know": a wrong answer.
     *
     * @throws InvalidResponseException when the response does not fit; nothing changes
     * @throws Refusal                  unknown token (not found), answered (conflict)
     */
    @Transactional
    public Answered answer(long accountId, String token, ResponseInput input, Optional<Grade> rating) {
        writeLimits.spend(accountId, Write.TRAINING);
        Account account = Account.findById(accountId, LockModeType.PESSIMISTIC_WRITE);
        TrainingQuestion asked = owned(account, token, LockModeType.PESSIMISTIC_WRITE);
        if (asked.answered()) {
            throw Refusal.conflict("This question has already been answered; ask for the next one.");
        }
        FrozenQuestion frozen = snapshots.read(asked.snapshot);
        PresentedQuestion presented = frozen.presented();
        HeldKeys.Held held = heldKeys.of(accountId);
        if (held.holds(presented.question())) {
            throw Refusal.conflict("This question cannot be answered now: its answer would show a key of your open"
                    + " exam. " + held.because());
        }
        Optional<Response> response = input.checkedFor(presented);
        Mark mark = QuestionKinds.grade(presented, response);
        Grade grade = ReviewGrade.of(mark, response.isPresent(), rating);
        Instant now = clock.now();
        asked.answeredAt = now;
        asked.response = response.map(responses::toStorage).orElse(null);
        asked.score = mark.score();
        asked.grade = grade;
        asked.rated = rating.isPresent() && mark.correct();
        Bank bank = currentBank.get();
        for (FrozenFact fact : frozen.facts()) {
            // A fact removed from the bank since the question was asked is no longer scheduled.
            Optional.ofNullable(bank.facts().get(fact.id())).ifPresent(current -> review(account, current, grade, now,
                    asked.questionId, asked.questionType, mark, log -> log.trainingQuestion = asked));
        }
        return answered(asked, frozen, mark, response, held);
    }

    /**
     * The student's own rating of a question they answered fully right: its reviews are graded again, from the
     * memory they started from, as "hard" or "easy".
     *
     * @throws Refusal not found; conflict when not answered, not fully right, already rated, or reviewed since
     */
    @Transactional
    public Answered rate(long accountId, String token, Grade rating) {
        writeLimits.spend(accountId, Write.TRAINING);
        if (rating != Grade.HARD && rating != Grade.EASY) {
            throw Refusal.invalid("The rating must be \"hard\" or \"easy\".");
        }
        Account account = Account.findById(accountId, LockModeType.PESSIMISTIC_WRITE);
        TrainingQuestion asked = owned(account, token, LockModeType.PESSIMISTIC_WRITE);
        FrozenQuestion frozen = snapshots.read(asked.snapshot);
        Mark mark = new Mark(Optional.ofNullable(asked.score).orElse(BigDecimal.ZERO), asked.maxScore);
        if (!asked.answered() || !mark.correct() || asked.rated) {
            throw Refusal.conflict(!asked.answered()
                    ? "Answer the question first; then you can say whether it was hard or easy."
                    : asked.rated ? "You have already rated this question."
                            : "Only a fully right answer can be rated; a wrong one comes back soon anyway.");
        }
        List<ReviewLog> logs = ReviewLog.of(asked);
        Map<ReviewLog, FactMemory> rows = new LinkedHashMap<>();
        for (ReviewLog log : logs) {
            FactMemory row = FactMemory.of(account, log.factId).orElseThrow();
            if (!row.lastReview.equals(log.reviewedAt)) {
                throw Refusal.conflict(
                        "These facts have been reviewed again since; this question can no longer be rated.");
            }
            rows.put(log, row);
        }
        rows.forEach((log, row) -> {
            Memory memory = scheduler.review(log.prior(), rating, log.reviewedAt);
            row.set(memory, rating);
            log.grade = rating;
            log.dueAfter = memory.due();
        });
        asked.grade = rating;
        asked.rated = true;
        PresentedQuestion presented = frozen.presented();
        return answered(asked, frozen, mark, storedResponse(asked, presented), heldKeys.of(accountId));
    }

    /** A question of the student's through its token, as it stands. */
    @Transactional
    public Item item(long accountId, String token) {
        Account account = Account.findById(accountId);
        TrainingQuestion asked = owned(account, token, LockModeType.NONE);
        FrozenQuestion frozen = snapshots.read(asked.snapshot);
        if (!asked.answered()) {
            return new Pending(asked(asked, frozen.presented(), -1, -1));
        }
        return new Done(answered(asked, frozen, new Mark(asked.score, asked.maxScore),
                storedResponse(asked, frozen.presented()), heldKeys.of(accountId)));
    }

    /**
     * Counts a question marked in a practice attempt (checked on its own, or submitted) as a review of each of its
     * facts, within the attempt's transaction.
     */
    void onPracticeAnswered(@Observes PracticeAnswered event) {
        if (!config.practiceCounts()) {
            return;
        }
        // As for training answers: one student's memory changes one request at a time.
        Account account = Account.findById(event.accountId(), LockModeType.PESSIMISTIC_WRITE);
        PresentedQuestion presented = event.presented();
        Mark mark = event.mark();
        Bank bank = currentBank.get();
        Grade grade = ReviewGrade.of(mark, event.answered(), Optional.empty());
        Instant now = clock.now();
        for (String factId : presented.question().info().factIds()) {
            Optional.ofNullable(bank.facts().get(factId)).ifPresent(fact -> review(account, fact, grade, now,
                    presented.question().id(), presented.question().type().yamlName(), mark,
                    log -> log.attemptId = event.attemptId()));
        }
    }

    private void review(Account account, Fact fact, Grade grade, Instant now, String questionId, String questionType,
            Mark mark, java.util.function.Consumer<ReviewLog> origin) {
        String hash = FactFingerprint.of(fact);
        Optional<FactMemory> existing = FactMemory.of(account, fact.id());
        Optional<Memory> prior = existing.flatMap(row -> row.memoryFor(hash));
        Memory next = scheduler.review(prior, grade, now);
        FactMemory row = existing.orElseGet(() -> {
            FactMemory fresh = new FactMemory();
            fresh.account = account;
            fresh.factId = fact.id();
            return fresh;
        });
        if (prior.isEmpty()) {
            // First meeting, or the value changed: whatever was learnt before is about something else.
            row.valueHash = hash;
            row.introducedAt = now;
            row.reps = 0;
            row.lapses = 0;
        } else if (prior.get().phase() == Phase.REVIEW && grade == Grade.AGAIN) {
            row.lapses++;
        }
        row.reps++;
        row.set(next, grade);
        if (row.id == null) {
            row.persist();
        }
        ReviewLog log = new ReviewLog();
        log.account = account;
        log.factId = fact.id();
        log.questionId = questionId;
        log.questionType = questionType;
        log.grade = grade;
        log.score = mark.score();
        log.maxScore = mark.maxScore();
        log.reviewedAt = now;
        log.dueAfter = next.due();
        log.setPrior(prior);
        origin.accept(log);
        log.persist();
    }

    private List<Question> pool(Bank bank, Set<String> tags) {
        if (tags.size() > MAX_TAGS) {
            throw Refusal.invalid("A session can be limited to " + MAX_TAGS
                    + " tags at most.");
        }
        Set<String> known = tags().keySet();
        Set<String> unknown = new TreeSet<>(tags);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw Refusal.invalid("No question has the tag"
                    + (unknown.size() == 1 ? " " : "s ") + unknown.stream().map(t -> "'" + t + "'")
                            .collect(Collectors.joining(", "))
                    + ".");
        }
        return bank.questions().values().stream()
                .filter(q -> tags.isEmpty() || bank.tagsOf(q).stream().anyMatch(tags::contains)).toList();
    }

    /** The student's memories of the bank's facts that still hold: the fact exists and its value is unchanged. */
    Map<String, Memory> memories(Bank bank, Account account) {
        Map<String, Memory> memories = new HashMap<>();
        for (FactMemory row : FactMemory.of(account)) {
            Fact fact = bank.facts().get(row.factId);
            if (fact != null) {
                row.memoryFor(FactFingerprint.of(fact)).ifPresent(memory -> memories.put(row.factId, memory));
            }
        }
        return memories;
    }

    private static Map<String, QuestionChooser.Seen> lastSeenByFact(Account account) {
        Map<String, QuestionChooser.Seen> seen = new HashMap<>();
        for (ReviewLog log : ReviewLog.latestPerFact(account)) {
            seen.put(log.factId, new QuestionChooser.Seen(log.questionId, log.questionType));
        }
        return seen;
    }

    private NewFactsToday newFactsToday(Account account, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, config.zone());
        long met = ReviewLog.newInTrainingSince(account, today.atStartOfDay(config.zone()).toInstant());
        return new NewFactsToday(config.newFactsPerDay(), ExtraNewFacts.on(account.id, today), (int) met);
    }

    /**
     * The student's choice to learn more today: adds {@code quiz.training.more-new-facts} to the day's allowance.
     *
     * @throws Refusal (conflict) beyond {@link #MAX_EXTRA_PER_DAY} extra new facts in a day
     */
    @Transactional
    public NewFactsToday learnMoreToday(long accountId) {
        writeLimits.spend(accountId, Write.TRAINING);
        Account account = Account.findById(accountId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.now();
        NewFactsToday before = newFactsToday(account, now);
        if (before.extra() + config.moreNewFacts() > MAX_EXTRA_PER_DAY) {
            throw Refusal.conflict("You have already added " + before.extra() + " new facts today; that is the most"
                    + " a day can take. Reviews of the facts you met stay available.");
        }
        ExtraNewFacts.add(accountId, LocalDate.ofInstant(now, config.zone()), config.moreNewFacts());
        return newFactsToday(account, now);
    }

    /** The student's pace of new facts now. */
    @Transactional
    public NewFactsToday newFactsToday(long accountId) {
        return newFactsToday(Account.findById(accountId), clock.now());
    }

    private TrainingQuestion owned(Account account, String token, LockModeType lock) {
        Optional<TrainingQuestion> found = token == null || token.length() > 36 ? Optional.empty()
                : TrainingQuestion.byToken(token, lock);
        // Someone else's question is "not found": tokens reveal nothing about other students.
        return found.filter(q -> q.account.id.equals(account.id)).orElseThrow(
                () -> Refusal.notFound("There is no training question '" + token + "' of yours."));
    }

    private Asked asked(TrainingQuestion asked, PresentedQuestion presented, int dueNow, int newLeft) {
        return new Asked(asked.token, SheetQuestion.of(1, presented, Optional.empty()), asked.introduces,
                asked.tagSet(), dueNow, newLeft);
    }

    private Optional<Response> storedResponse(TrainingQuestion asked, PresentedQuestion presented) {
        return Optional.ofNullable(asked.response).map(json -> responses.fromStorage(presented, json));
    }

    /** An answered question as its student may see it now: nothing of it while an open exam holds it back. */
    private Answered answered(TrainingQuestion asked, FrozenQuestion frozen, Mark mark, Optional<Response> response,
            HeldKeys.Held held) {
        ReviewedQuestion reviewed = ReviewedQuestion.of(1, frozen, response, mark)
                .disclosed(held.disclosureOf(frozen.presented().question()));
        List<FactOutcome> outcomes = new ArrayList<>();
        for (FrozenFact fact : reviewed.facts()) {
            FactMemory.of(asked.account, fact.id()).ifPresent(row -> outcomes.add(new FactOutcome(fact, row.phase,
                    row.due)));
        }
        boolean mayRate = reviewed.correct() && !asked.rated;
        return new Answered(asked.token, reviewed, asked.grade, asked.rated, mayRate, asked.tagSet(), outcomes);
    }
}
