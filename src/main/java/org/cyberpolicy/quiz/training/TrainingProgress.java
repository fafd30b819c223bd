package org.cyberpolicy.quiz.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.attempt.HeldKeys;
import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.Fact;
import org.cyberpolicy.quiz.bank.Question;

/**
 * What training has achieved: for a student, the memory of each fact and tag now and the reviews of the coming days;
 * for instructors, the same across the class, the facts it knows least first. Mastery is the predicted recall at a
 * horizon, never high after a miss (see {@link Mastery}); retrievability is the probability of recall now.
 */
@ApplicationScoped
public class TrainingProgress {

    /** How many days, today included, the forecast covers. */
    public static final int FORECAST_DAYS = 14;

    private final CurrentBank currentBank;
    private final TrainingService training;
    private final TrainingConfig config;
    private final TrainingClock clock;
    private final HeldKeys heldKeys;

    TrainingProgress(CurrentBank currentBank, TrainingService training, HeldKeys heldKeys, TrainingConfig config,
            TrainingClock clock) {
        this.currentBank = currentBank;
        this.training = training;
        this.heldKeys = heldKeys;
        this.config = config;
        this.clock = clock;
    }

    /**
     * One fact in a student's progress; {@code phase} and {@code due} are empty for a fact not met yet. While an open
     * exam of the student tests the fact, {@code statement} says so instead of stating it.
     *
     * @param retrievability the probability of recall now
     * @param mastery        the predicted recall at the horizon, 0 after a miss (see {@link Mastery})
     */
    public record FactProgress(String factId, String statement, Set<String> tags, List<String> questionIds,
            Optional<Phase> phase, double retrievability, double mastery, Optional<Instant> due, int reps, int lapses,
            boolean held) {

        public boolean met() {
            return phase.isPresent();
        }
    }

    /** One tag: how many of its facts are met, their mean mastery, and how many are due now. */
    public record TagProgress(String tag, int facts, int met, double mastery, int dueNow) {
    }

    /** Reviews falling due on one day; today's count includes everything overdue. */
    public record ForecastDay(LocalDate day, int reviews) {
    }

    /** @param masteryAt the moment mastery looks ahead to, and whether it is the exam day */
    public record StudentProgress(Instant now, ZoneId zone, List<FactProgress> facts, List<TagProgress> tags,
            List<ForecastDay> forecast, int met, int dueNow, double mastery, Mastery masteryAt,
            TrainingService.NewFactsToday newFactsToday) {
    }

    /** One fact across the class: how many students met it, and what they remember. */
    public record ClassFact(String factId, String statement, Set<String> tags, List<String> questionIds,
            int students, double masteryOfThoseWhoMetIt, double classMastery, int lapses, int dueNow) {
    }

    public record ClassProgress(Instant now, int students, List<ClassFact> facts, List<TagProgress> tags,
            Mastery masteryAt) {
    }

    @Transactional
    public StudentProgress student(long accountId) {
        Bank bank = currentBank.get();
        Account account = Account.findById(accountId);
        Instant now = clock.now();
        FsrsScheduler scheduler = training.scheduler();
        Mastery mastery = Mastery.asOf(now, scheduler, config);
        Map<String, FactMemory> rows = new HashMap<>();
        for (FactMemory row : FactMemory.of(account)) {
            Fact fact = bank.facts().get(row.factId);
            if (fact != null && row.valueHash.equals(FactFingerprint.of(fact))) {
                rows.put(row.factId, row);
            }
        }
        Map<String, Set<String>> tagsByFact = tagsByFact(bank);
        Map<String, List<String>> questionsByFact = questionsByFact(bank);
        HeldKeys.Held held = heldKeys.of(accountId);
        List<FactProgress> facts = new ArrayList<>();
        int heldCount = 0;
        for (Fact fact : bank.facts().values()) {
            Optional<FactMemory> row = Optional.ofNullable(rows.get(fact.id()));
            boolean heldBack = held.holdsFact(fact.id());
            // A held fact's id and questions go too: an id such as defendants-worked-for-mss states the answer.
            String id = heldBack ? "held-" + ++heldCount : fact.id();
            String statement = heldBack ? held.because() : fact.statement();
            facts.add(new FactProgress(id, statement, tagsByFact.getOrDefault(fact.id(), Set.of()),
                    heldBack ? List.of() : questionsByFact.getOrDefault(fact.id(), List.of()), row.map(r -> r.phase),
                    row.map(r -> scheduler.retrievability(r.memory(), now)).orElse(0.0),
                    row.map(mastery::of).orElse(0.0), row.map(r -> r.due),
                    row.map(r -> r.reps).orElse(0), row.map(r -> r.lapses).orElse(0), heldBack));
        }
        ZoneId zone = config.zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        int[] perDay = new int[FORECAST_DAYS];
        for (FactMemory row : rows.values()) {
            long day = Math.max(0, today.until(LocalDate.ofInstant(row.due, zone), java.time.temporal.ChronoUnit.DAYS));
            if (day < FORECAST_DAYS) {
                perDay[(int) day]++;
            }
        }
        List<ForecastDay> forecast = new ArrayList<>();
        for (int d = 0; d < FORECAST_DAYS; d++) {
            forecast.add(new ForecastDay(today.plusDays(d), perDay[d]));
        }
        int dueNow = (int) rows.values().stream().filter(r -> !r.due.isAfter(now)).count();
        return new StudentProgress(now, zone, facts, tags(facts, now), forecast, rows.size(), dueNow,
                mean(facts.stream().mapToDouble(FactProgress::mastery).toArray()), mastery,
                training.newFactsToday(accountId));
    }

    @Transactional
    public ClassProgress classView() {
        return classView(Optional.empty());
    }

    /** The class's view over the given students only (a section's, by account id), or over every student. */
    @Transactional
    public ClassProgress classView(Optional<Set<Long>> only) {
        Bank bank = currentBank.get();
        Instant now = clock.now();
        Mastery mastery = Mastery.asOf(now, training.scheduler(), config);
        long students = only.isPresent() ? only.get().size() : Account.count("role", Account.STUDENT);
        Map<String, List<FactMemory>> byFact = new HashMap<>();
        for (FactMemory row : FactMemory.ofStudents(bank.facts().keySet())) {
            if (only.isPresent() && !only.get().contains(row.account.id)) {
                continue;
            }
            Fact fact = bank.facts().get(row.factId);
            if (row.valueHash.equals(FactFingerprint.of(fact))) {
                byFact.computeIfAbsent(row.factId, id -> new ArrayList<>()).add(row);
            }
        }
        Map<String, Set<String>> tagsByFact = tagsByFact(bank);
        Map<String, List<String>> questionsByFact = questionsByFact(bank);
        List<ClassFact> facts = new ArrayList<>();
        List<FactProgress> asProgress = new ArrayList<>();
        for (Fact fact : bank.facts().values()) {
            List<FactMemory> rows = byFact.getOrDefault(fact.id(), List.of());
            double sum = rows.stream().mapToDouble(mastery::of).sum();
            double ofThoseWhoMet = rows.isEmpty() ? 0 : sum / rows.size();
            double ofClass = students == 0 ? 0 : sum / students;
            int due = (int) rows.stream().filter(r -> !r.due.isAfter(now)).count();
            Set<String> tags = tagsByFact.getOrDefault(fact.id(), Set.of());
            facts.add(new ClassFact(fact.id(), fact.statement(), tags, questionsByFact.getOrDefault(fact.id(),
                    List.of()), rows.size(), ofThoseWhoMet, ofClass, rows.stream().mapToInt(r -> r.lapses).sum(),
                    due));
            asProgress.add(new FactProgress(fact.id(), fact.statement(), tags, List.of(),
                    rows.isEmpty() ? Optional.empty() : Optional.of(Phase.REVIEW), ofClass, ofClass,
                    Optional.empty(), 0, 0, false));
        }
        // Least known first; among facts nobody knows, those some students met (and forgot) before those not met.
        facts.sort(Comparator.comparingDouble(ClassFact::classMastery)
                .thenComparing(Comparator.comparingInt(ClassFact::students).reversed()));
        return new ClassProgress(now, (int) students, facts, tags(asProgress, now), mastery);
    }

    private static List<TagProgress> tags(List<FactProgress> facts, Instant now) {
        Map<String, List<FactProgress>> byTag = new TreeMap<>();
        for (FactProgress fact : facts) {
            fact.tags().forEach(tag -> byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(fact));
        }
        List<TagProgress> tags = new ArrayList<>();
        byTag.forEach((tag, ofTag) -> tags.add(new TagProgress(tag, ofTag.size(),
                (int) ofTag.stream().filter(FactProgress::met).count(),
                mean(ofTag.stream().mapToDouble(FactProgress::mastery).toArray()),
                (int) ofTag.stream().filter(f -> f.due().filter(d -> !d.isAfter(now)).isPresent()).count())));
        return tags;
    }

    /** The tags of a fact, sorted: its own and those of every question that tests it. */
    static Map<String, Set<String>> tagsByFact(Bank bank) {
        Map<String, Set<String>> tags = new LinkedHashMap<>();
        for (Fact fact : bank.facts().values()) {
            Set<String> of = new TreeSet<>(bank.tagsOf(fact));
            if (!of.isEmpty()) {
                tags.put(fact.id(), of);
            }
        }
        return tags;
    }

    static Map<String, List<String>> questionsByFact(Bank bank) {
        Map<String, List<String>> questions = new LinkedHashMap<>();
        for (Question question : bank.questions().values()) {
            for (String factId : question.info().factIds()) {
                questions.computeIfAbsent(factId, id -> new ArrayList<>()).add(question.id());
            }
        }
        return questions;
    }

    private static double mean(double[] values) {
        return values.length == 0 ? 0 : java.util.Arrays.stream(values).average().orElse(0);
    }
}
