package org.cyberpolicy.quiz.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.cyberpolicy.quiz.marks.MarkService;
import org.cyberpolicy.quiz.marks.RegradePlan;
import org.cyberpolicy.quiz.marks.RegradeService;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Marks changed by instructors and regrades, in the JSON API. */
public final class MarksJson {

    private MarksJson() {
    }

    /** {@code PUT /api/instructor/attempts/{attemptId}/questions/{questionId}/mark}. */
    public record MarkRequest(BigDecimal score, String comment) {
    }

    /** The question's new mark and the attempt's score after it; {@code changed} false when it was already so. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Marked(long attemptId, String questionId, BigDecimal score, BigDecimal maxScore, String comment,
            BigDecimal attemptScore, BigDecimal attemptMaxScore, BigDecimal originalAttemptScore, boolean changed) {

        static Marked of(MarkService.Marked m) {
            return new Marked(m.attemptId(), m.questionId(), m.score(), m.maxScore(), m.comment().orElse(null),
                    m.attemptScore(), m.attemptMaxScore(), m.originalAttemptScore(), m.changed());
        }
    }

    /** One change in an attempt's audit trail. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(String questionId, String kind, BigDecimal oldScore, BigDecimal newScore, boolean oldCounted,
            boolean newCounted, String comment, String changedBy, Instant changedAt) {

        static Change of(MarkService.Entry e) {
            return new Change(e.questionId(), e.kind().apiName(), e.oldScore(), e.newScore(), e.oldCounted(),
                    e.newCounted(), e.comment().orElse(null), e.changedBy(), e.changedAt());
        }
    }

    /**
     * {@code POST /api/instructor/quizzes/{quizId}/regrade} (and, without {@code questions}, by fact). Without
     * {@code dryRun} the request is a dry run: applying takes {@code "dryRun": false}.
     */
    public record RegradeRequest(List<String> questions, String mode, Boolean dryRun, String comment) {
    }

    public record Problem(String questionId, int position, String message) {
        static Problem of(RegradePlan.Problem p) {
            return new Problem(p.questionId(), p.position(), p.message());
        }
    }

    public record QuestionChange(String questionId, int position, BigDecimal oldScore, BigDecimal newScore,
            boolean counted) {
        static QuestionChange of(RegradeService.QuestionChange c) {
            return new QuestionChange(c.questionId(), c.position(), c.oldScore(), c.newScore(), c.counted());
        }
    }

    public record AttemptLine(long attemptId, String quizId, String username, int number, BigDecimal oldScore,
            BigDecimal newScore, BigDecimal oldMaxScore, BigDecimal newMaxScore, BigDecimal originalScore,
            List<QuestionChange> changes, List<Problem> problems) {
        static AttemptLine of(RegradeService.AttemptRegrade a) {
            return new AttemptLine(a.attemptId(), a.quizId(), a.username(), a.number(), a.oldScore(), a.newScore(),
                    a.oldMaxScore(), a.newMaxScore(), a.originalScore(),
                    a.changes().stream().map(QuestionChange::of).toList(),
                    a.problems().stream().map(Problem::of).toList());
        }
    }

    public record Regraded(String mode, List<String> questions, List<AttemptLine> attempts, boolean applied,
            long marksChanged) {
        static Regraded of(RegradeService.Report report) {
            return new Regraded(report.mode().apiName(), report.questions(),
                    report.attempts().stream().map(AttemptLine::of).toList(), report.applied(),
                    report.changedMarks());
        }
    }

    /** One quiz of {@code GET /api/instructor/regrade/stale}. */
    public record Stale(String quizId, String quizTitle, List<String> questions, int attempts, int marksWouldChange,
            int problems) {
        static Stale of(RegradeService.Staleness s) {
            return new Stale(s.quizId(), s.quizTitle(), s.questionIds(), s.attempts(), s.marksWouldChange(),
                    s.problems());
        }
    }
}
