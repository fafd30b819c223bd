package org.cyberpolicy.quiz.attempt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a question fared in graded attempts: how many times it was shown in an attempt that was then submitted or
 * timed out, and the mean score on it as a percentage of its points.
 */
public record QuestionUsage(String questionId, long timesShown, Optional<BigDecimal> meanPercent) {

    /** Every question that appeared in a graded attempt, by id: one grouped query over the frozen questions. */
    public static Map<String, QuestionUsage> ofGradedAttempts() {
        List<Object[]> rows = AttemptQuestion.getEntityManager().createQuery("""
                select q.questionId, count(q), avg(case when q.points > 0 then q.score * 100 / q.points end)
                from AttemptQuestion q join q.attempt a
                where a.state in (:graded)
                group by q.questionId""", Object[].class)
                .setParameter("graded", List.of(AttemptState.SUBMITTED, AttemptState.TIMED_OUT))
                .getResultList();
        return rows.stream().map(QuestionUsage::of).collect(Collectors.toMap(QuestionUsage::questionId, u -> u));
    }

    private static QuestionUsage of(Object[] row) {
        Optional<BigDecimal> mean = Optional.ofNullable((Number) row[2])
                .map(n -> new BigDecimal(n.toString()).setScale(2, RoundingMode.HALF_UP));
        return new QuestionUsage((String) row[0], ((Number) row[1]).longValue(), mean);
    }
}
