package org.cyberpolicy.quiz.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.cyberpolicy.quiz.engine.Mark;
import org.cyberpolicy.quiz.engine.ResponseCodec;
import org.cyberpolicy.quiz.engine.ReviewedQuestion;
import org.cyberpolicy.quiz.training.TrainingService;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/** Training in the JSON API: the next question (never its answer), or the marked answer with its explanations. */
public final class TrainJson {

    private TrainJson() {
    }

    /**
     * What {@code POST /api/train/next} answers: {@code status} is {@code "question"} (with {@code token} and
     * {@code question}) or {@code "done"} (with {@code message}, the day's {@code newFactsToday} and, when known,
     * {@code nextDue}; {@code newFactsWait} says that new facts wait for tomorrow or for "learn more today").
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NextJson(String status, String token, SheetJson.QuestionJson question, String reason,
            Integer dueNow, Integer newLeftToday, Set<String> tags, String message, Instant nextDue,
            Boolean newFactsWait, ProgressJson.NewFactsJson newFactsToday) {
    }

    /**
     * What {@code POST /api/train/answer} and {@code /api/train/rating} answer. While an open exam holds the question
     * back, its mark, answer, feedback and facts are absent and {@code withheld} says why.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnswerJson(String token, String questionId, Boolean correct, BigDecimal score, BigDecimal maxScore,
            String grade, boolean rated, boolean mayRate, JsonNode response, JsonNode correctAnswer, String feedback,
            List<String> choiceFeedback, List<FactJson> facts, String withheld) {
    }

    /** A fact of the answered question: what it says, its sources, and when it comes back. */
    public record FactJson(String id, String statement, List<ResultJson.SourceJson> sources, String phase,
            Instant due) {
    }

    static NextJson next(TrainingService.Next next, ResponseCodec codec) {
        if (next instanceof TrainingService.Asked asked) {
            return new NextJson("question", asked.token(), SheetJson.question(asked.question(), codec),
                    asked.introduces() ? "new" : "due", asked.dueNow(), asked.newLeftToday(), asked.tags(), null,
                    null, null, null);
        }
        TrainingService.NothingDue done = (TrainingService.NothingDue) next;
        return new NextJson("done", null, null, null, null, null, done.tags(), done.message(), done.nextDue()
                .orElse(null), done.newFactsWait(), ProgressJson.NewFactsJson.of(done.today()));
    }

    static AnswerJson answer(TrainingService.Answered answered, ResponseCodec codec) {
        ReviewedQuestion q = answered.reviewed();
        List<FactJson> facts = answered.outcomes().stream().map(o -> new FactJson(o.fact().id(), o.fact().statement(),
                o.fact().sources().stream().map(ResultJson::source).toList(), o.phase().name().toLowerCase(),
                o.due())).toList();
        boolean feedbackShown = q.disclosure().feedback();
        return new AnswerJson(answered.token(), q.question().id(), q.mark().map(Mark::correct).orElse(null),
                q.mark().map(Mark::score).orElse(null), q.question().points(), answered.grade().apiName(),
                answered.rated(), answered.mayRate(), q.response().map(codec::write).orElse(null),
                q.key().map(codec::write).orElse(null), q.feedback().orElse(null),
                feedbackShown ? q.choiceFeedback() : null, feedbackShown ? facts : null,
                q.withheldBecause().orElse(null));
    }
}
