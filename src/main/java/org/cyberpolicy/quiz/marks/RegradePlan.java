package org.cyberpolicy.quiz.marks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a regrade does to one attempt, worked out on plain values so that a dry run and an apply compute the same
 * thing: the new mark of each selected question in the mode, the questions that cannot be regraded, and the score
 * and maximum before and after. A question whose mark would stay what it is is no change: running a regrade twice
 * changes nothing the second time.
 */
public record RegradePlan(Map<Long, Target> changes, List<Problem> problems, BigDecimal oldScore,
        BigDecimal newScore, BigDecimal oldMax, BigDecimal newMax) {

    /** An attempt question's mark as it stands. */
    public record Row(long rowId, String questionId, int position, BigDecimal points, BigDecimal score,
            boolean counted) {
    }

    /** A mark a regrade gives, and whether the question still counts. */
    public record Target(BigDecimal score, boolean counted) {
        boolean same(Row row) {
            return score.compareTo(row.score()) == 0 && counted == row.counted();
        }
    }

    /** A question of the attempt the regrade cannot change, and why. */
    public record Problem(String questionId, int position, String message) {
    }

    public RegradePlan {
        changes = Map.copyOf(changes);
        problems = List.copyOf(problems);
    }

    public boolean changesAnything() {
        return !changes.isEmpty();
    }

    /**
     * @param selected the rows to regrade (those of the questions chosen that the mode applies to)
     * @param newKey   grades a row's response against the corrected question; only asked in {@code new-key} mode
     */
    public static RegradePlan of(List<Row> rows, Predicate<Row> selected, MarkKind mode,
            Function<Row, Regrader.Outcome> newKey) {
        if (!mode.regrade()) {
            throw new IllegalArgumentException("a regrade mode, not " + mode);
        }
        Map<Long, Target> changes = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Row row : rows) {
            if (!selected.test(row)) {
                continue;
            }
            Target target = switch (mode) {
                case FULL_CREDIT -> new Target(row.points(), true);
                case DROP -> new Target(row.score(), false);
                default -> {
                    Regrader.Outcome outcome = newKey.apply(row);
                    if (outcome instanceof Regrader.Outcome.Problem problem) {
                        problems.add(new Problem(row.questionId(), row.position(), problem.message()));
                        yield null;
                    }
                    yield new Target(((Regrader.Outcome.Graded) outcome).score(), true);
                }
            };
            if (target != null && !target.same(row)) {
                changes.put(row.rowId(), target);
            }
        }
        if (mode == MarkKind.DROP && rows.stream().noneMatch(row -> counts(row, changes))) {
            // An attempt out of nothing has no percentage and no verdict: the last question that counts stays.
            changes.keySet().forEach(id -> rows.stream().filter(row -> row.rowId() == id).findFirst()
                    .ifPresent(row -> problems.add(new Problem(row.questionId(), row.position(),
                            "dropping it would leave the attempt with no question that counts"))));
            changes.clear();
        }
        BigDecimal oldScore = sum(rows, row -> row.counted() ? row.score() : null);
        BigDecimal oldMax = sum(rows, row -> row.counted() ? row.points() : null);
        BigDecimal newScore = sum(rows, row -> counts(row, changes) ? scoreAfter(row, changes) : null);
        BigDecimal newMax = sum(rows, row -> counts(row, changes) ? row.points() : null);
        return new RegradePlan(changes, problems, oldScore, newScore, oldMax, newMax);
    }

    private static boolean counts(Row row, Map<Long, Target> changes) {
        Target target = changes.get(row.rowId());
        return target == null ? row.counted() : target.counted();
    }

    private static BigDecimal scoreAfter(Row row, Map<Long, Target> changes) {
        Target target = changes.get(row.rowId());
        return target == null ? row.score() : target.score();
    }

    private static BigDecimal sum(List<Row> rows, Function<Row, BigDecimal> value) {
        return rows.stream().map(value).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
