package org.cyberpolicy.quiz.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Item analysis of graded attempts, following the formulas of Moodle's quiz statistics report (see
 * {@code docs/item-analysis.md}). Pure arithmetic on doubles: attempts in, statistics out.
 *
 * <p>Attempts may draw questions at random, so a question's statistics are computed over the attempts that showed
 * it, with the rest of the test being that attempt's total minus the question's score. The test's statistics use every
 * attempt; its reliability uses slots (see {@link ScoredQuestion#slot()}), and needs every attempt to fill the same
 * slots.
 */
public final class ItemAnalyser {

    private ItemAnalyser() {
    }

    public static ItemAnalysis analyse(List<ScoredAttempt> attempts) {
        return new ItemAnalysis(test(attempts), questions(attempts));
    }

    static TestStatistics test(List<ScoredAttempt> attempts) {
        double[] totals = attempts.stream().mapToDouble(ScoredAttempt::total).toArray();
        int s = totals.length;
        if (s == 0) {
            return new TestStatistics(0, 0, 0, OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalDouble.empty(), OptionalDouble.empty(), Optional.of("No graded attempt yet."),
                    OptionalDouble.empty());
        }
        double mean = mean(totals);
        // Central moments m2, m3, m4 with divisor S; Moodle turns them into the unbiased k-statistics below.
        double m2 = moment(totals, mean, 2);
        double m3 = moment(totals, mean, 3);
        double m4 = moment(totals, mean, 4);
        OptionalDouble sd = OptionalDouble.empty();
        OptionalDouble skewness = OptionalDouble.empty();
        OptionalDouble kurtosis = OptionalDouble.empty();
        if (s >= 2) {
            double k2 = s * m2 / (s - 1);
            sd = OptionalDouble.of(Math.sqrt(k2));
            if (k2 > 0 && s >= 3) {
                double k3 = (double) s * s * m3 / ((s - 1.0) * (s - 2.0));
                skewness = OptionalDouble.of(k3 / Math.pow(k2, 1.5));
            }
            if (k2 > 0 && s >= 4) {
                double k4 = (double) s * s * ((s + 1.0) * m4 - 3.0 * (s - 1.0) * m2 * m2)
                        / ((s - 1.0) * (s - 2.0) * (s - 3.0));
                kurtosis = OptionalDouble.of(k4 / (k2 * k2));
            }
        }
        Reliability reliability = reliability(attempts, sd);
        OptionalDouble standardError = OptionalDouble.empty();
        if (reliability.alpha.isPresent()) {
            standardError = OptionalDouble.of(sd.getAsDouble() * Math.sqrt(1 - reliability.alpha.getAsDouble()));
        }
        OptionalDouble alphaPercent = reliability.alpha.isPresent()
                ? OptionalDouble.of(100 * reliability.alpha.getAsDouble())
                : OptionalDouble.empty();
        return new TestStatistics(s, mean, median(totals), sd, skewness, kurtosis, alphaPercent,
                reliability.unavailable, standardError);
    }

    private record Reliability(OptionalDouble alpha, Optional<String> unavailable) {
        static Reliability none(String why) {
            return new Reliability(OptionalDouble.empty(), Optional.of(why));
        }
    }

    /** Cronbach's alpha over slots: P/(P−1) × (1 − Σ V(slot score) / V(total)). */
    private static Reliability reliability(List<ScoredAttempt> attempts, OptionalDouble sd) {
        if (attempts.size() < 2) {
            return Reliability.none("It needs at least two graded attempts.");
        }
        Set<String> slots = slotsOf(attempts.get(0));
        for (ScoredAttempt attempt : attempts) {
            if (!slotsOf(attempt).equals(slots) || attempt.questions().size() != slots.size()) {
                return Reliability.none("The attempts did not all fill the same question slots (the quiz changed"
                        + " between them), so there is no common set of items to compare.");
            }
        }
        if (slots.size() < 2) {
            return Reliability.none("It needs at least two questions.");
        }
        double variance = sd.getAsDouble() * sd.getAsDouble();
        if (variance == 0) {
            return Reliability.none("Every attempt has the same total score.");
        }
        double sumOfSlotVariances = 0;
        for (String slot : slots) {
            double[] scores = attempts.stream().mapToDouble(a -> a.questions().stream()
                    .filter(q -> q.slot().equals(slot)).mapToDouble(ScoredQuestion::score).sum()).toArray();
            sumOfSlotVariances += sampleVariance(scores);
        }
        int p = slots.size();
        return new Reliability(OptionalDouble.of(p / (p - 1.0) * (1 - sumOfSlotVariances / variance)),
                Optional.empty());
    }

    private static Set<String> slotsOf(ScoredAttempt attempt) {
        Set<String> slots = new LinkedHashSet<>();
        attempt.questions().forEach(q -> slots.add(q.slot()));
        return slots;
    }

    static List<QuestionStatistics> questions(List<ScoredAttempt> attempts) {
        // Each question with the attempts that showed it, in order of first appearance.
        Map<String, List<double[]>> pairs = new LinkedHashMap<>();
        Map<String, List<ScoredQuestion>> seen = new LinkedHashMap<>();
        for (ScoredAttempt attempt : attempts) {
            double total = attempt.total();
            for (ScoredQuestion q : attempt.questions()) {
                pairs.computeIfAbsent(q.questionId(), id -> new ArrayList<>())
                        .add(new double[] { q.score(), total - q.score(), q.maxScore() });
                seen.computeIfAbsent(q.questionId(), id -> new ArrayList<>()).add(q);
            }
        }
        List<QuestionStatistics> statistics = new ArrayList<>();
        pairs.forEach((id, rows) -> statistics.add(question(id, rows, seen.get(id))));
        return statistics;
    }

    private static QuestionStatistics question(String id, List<double[]> rows, List<ScoredQuestion> answers) {
        int s = rows.size();
        double[] x = rows.stream().mapToDouble(r -> r[0]).toArray();
        double[] rest = rows.stream().mapToDouble(r -> r[1]).toArray();
        // A question's points may differ between bank versions; fractions of each attempt's points stay comparable.
        double[] fraction = rows.stream().mapToDouble(r -> r[0] / r[2]).toArray();
        double maxScore = rows.stream().mapToDouble(r -> r[2]).max().orElse(0);
        double facility = 100 * mean(fraction);
        OptionalDouble sd = OptionalDouble.empty();
        OptionalDouble discrimination = OptionalDouble.empty();
        OptionalDouble efficiency = OptionalDouble.empty();
        if (s >= 2) {
            sd = OptionalDouble.of(100 * Math.sqrt(sampleVariance(fraction)));
            double vx = sampleVariance(x);
            double vRest = sampleVariance(rest);
            double covariance = covariance(x, rest);
            if (vx > 0 && vRest > 0) {
                discrimination = OptionalDouble.of(100 * covariance / Math.sqrt(vx * vRest));
            }
            // The largest covariance these scores allow pairs the smallest question score with the smallest rest
            // score, and so on up: both sorted the same way.
            double[] xSorted = x.clone();
            double[] restSorted = rest.clone();
            Arrays.sort(xSorted);
            Arrays.sort(restSorted);
            double maxCovariance = covariance(xSorted, restSorted);
            if (maxCovariance > 0) {
                efficiency = OptionalDouble.of(100 * covariance / maxCovariance);
            }
        }
        return new QuestionStatistics(id, s, mean(x), maxScore, facility, sd, discrimination, efficiency,
                choiceCounts(answers));
    }

    private static List<ChoiceCount> choiceCounts(List<ScoredQuestion> answers) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (ScoredQuestion answer : answers) {
            for (String choice : answer.offeredChoices()) {
                counts.computeIfAbsent(choice, c -> new int[2])[0]++;
            }
            for (String choice : answer.pickedChoices()) {
                counts.computeIfAbsent(choice, c -> new int[2])[1]++;
            }
        }
        return counts.entrySet().stream()
                .map(e -> new ChoiceCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).sum() / values.length;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double moment(double[] values, double mean, int power) {
        return Arrays.stream(values).map(v -> Math.pow(v - mean, power)).sum() / values.length;
    }

    private static double sampleVariance(double[] values) {
        return covariance(values, values);
    }

    /** Sample covariance, divisor S − 1, as Moodle uses throughout. */
    private static double covariance(double[] a, double[] b) {
        double meanA = mean(a);
        double meanB = mean(b);
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - meanA) * (b[i] - meanB);
        }
        return sum / (a.length - 1);
    }
}
