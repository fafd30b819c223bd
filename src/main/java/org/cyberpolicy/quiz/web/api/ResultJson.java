package org.cyberpolicy.quiz.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.attempt.AttemptResult;
import org.cyberpolicy.quiz.attempt.MarkNote;
import org.cyberpolicy.quiz.bank.Source;
import org.cyberpolicy.quiz.engine.FrozenFact;
import org.cyberpolicy.quiz.engine.Mark;
import org.cyberpolicy.quiz.engine.ResponseCodec;
import org.cyberpolicy.quiz.engine.ReviewedQuestion;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/** A closed attempt in the JSON API: the marks, the answers and the sources behind every question. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResultJson(long id, String quizId, String quizTitle, int number, String state, Instant startedAt,
        Instant deadline, Instant finishedAt, BigDecimal score, BigDecimal maxScore, BigDecimal percent,
        BigDecimal passMark, Boolean passed, String bankVersion, String withheld, List<QuestionJson> questions,
        BigDecimal originalScore) {

    /**
     * One marked question. What its student may not see yet is absent (not null): {@code score} and {@code correct}
     * while the mark is withheld, {@code correctAnswer} while the answer is, {@code feedback}, {@code choiceFeedback}
     * and {@code facts} while the feedback is; {@code withheld} then says why. {@code flagged}: whether the student
     * had flagged it to come back to (in a closed attempt's result only). Where an instructor or a regrade changed
     * the mark, {@code markComment} says why, {@code originalScore} is the mark grading gave, and {@code counted} is
     * false when the question no longer counts towards the total.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionJson(String id, String type, String prompt, BigDecimal score, BigDecimal maxScore,
            Boolean correct, JsonNode response, JsonNode correctAnswer, String feedback, List<String> choiceFeedback,
            List<FactJson> facts, String withheld, Boolean flagged, String markComment, BigDecimal originalScore,
            Boolean counted) {

        QuestionJson flagged(boolean value) {
            return new QuestionJson(id, type, prompt, score, maxScore, correct, response, correctAnswer, feedback,
                    choiceFeedback, facts, withheld, value, markComment, originalScore, counted);
        }

        QuestionJson noted(Optional<MarkNote> note) {
            return note.map(n -> new QuestionJson(id, type, prompt, score, maxScore, correct, response, correctAnswer,
                    feedback, choiceFeedback, facts, withheld, flagged, n.comment().orElse(null), n.originalScore(),
                    n.counted())).orElse(this);
        }
    }

    public record FactJson(String id, String statement, List<SourceJson> sources) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceJson(String id, String outlet, String title, String author, String published, String url,
            String citation) {
    }

    static ResultJson of(AttemptResult result, ResponseCodec codec) {
        return new ResultJson(result.id(), result.quizId(), result.quizTitle(), result.number(),
                result.state().apiName(), result.startedAt(), result.deadline().orElse(null), result.finishedAt(),
                result.score().orElse(null), result.maxScore(), result.percent().orElse(null),
                result.passMark().orElse(null), result.passed().orElse(null), result.bankVersion(),
                result.withheldBecause().orElse(null), result.questions().stream()
                        .map(q -> question(q, codec).flagged(result.flagged().contains(q.question().id()))
                                .noted(result.noteAt(q.position()))).toList(),
                result.originalScore().orElse(null));
    }

    static QuestionJson question(ReviewedQuestion q, ResponseCodec codec) {
        boolean feedbackShown = q.disclosure().feedback();
        return new QuestionJson(q.question().id(), q.question().type().yamlName(), q.question().prompt(),
                q.mark().map(Mark::score).orElse(null), q.question().points(),
                q.mark().map(Mark::correct).orElse(null), q.response().map(codec::write).orElse(null),
                q.key().map(codec::write).orElse(null), q.feedback().orElse(null),
                feedbackShown ? q.choiceFeedback() : null,
                feedbackShown ? q.facts().stream().map(ResultJson::fact).toList() : null,
                q.withheldBecause().orElse(null), null, null, null, null);
    }

    private static FactJson fact(FrozenFact fact) {
        return new FactJson(fact.id(), fact.statement(), fact.sources().stream().map(ResultJson::source).toList());
    }

    static SourceJson source(Source source) {
        return new SourceJson(source.id(), source.outlet(), source.title(), source.author().orElse(null),
                source.published().toString(), source.url().orElse(null), source.citation());
    }
}
