package org.cyberpolicy.quiz.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.cyberpolicy.quiz.attempt.AttemptResult;
import org.cyberpolicy.quiz.bank.Source;
import org.cyberpolicy.quiz.engine.FrozenFact;
import org.cyberpolicy.quiz.engine.ResponseCodec;
import org.cyberpolicy.quiz.engine.ReviewedQuestion;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/** A closed attempt in the JSON API: the marks, the answers and the sources behind every question. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResultJson(long id, String quizId, String quizTitle, int number, String state, Instant startedAt,
        Instant deadline, Instant finishedAt, BigDecimal score, BigDecimal maxScore, BigDecimal percent,
        BigDecimal passMark, Boolean passed, String bankVersion, List<QuestionJson> questions) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionJson(String id, String type, String prompt, BigDecimal score, BigDecimal maxScore,
            boolean correct, JsonNode response, JsonNode correctAnswer, String feedback, List<String> choiceFeedback,
            List<FactJson> facts) {
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
                result.score(), result.maxScore(), result.percent(), result.passMark().orElse(null),
                result.passed().orElse(null), result.bankVersion(),
                result.questions().stream().map(q -> question(q, codec)).toList());
    }

    static QuestionJson question(ReviewedQuestion q, ResponseCodec codec) {
        return new QuestionJson(q.question().id(), q.question().type().yamlName(), q.question().prompt(),
                q.mark().score(), q.mark().maxScore(), q.correct(), q.response().map(codec::write).orElse(null),
                codec.write(q.key()), q.feedback().orElse(null), q.choiceFeedback(),
                q.facts().stream().map(ResultJson::fact).toList());
    }

    private static FactJson fact(FrozenFact fact) {
        return new FactJson(fact.id(), fact.statement(), fact.sources().stream().map(ResultJson::source).toList());
    }

    static SourceJson source(Source source) {
        return new SourceJson(source.id(), source.outlet(), source.title(), source.author().orElse(null),
                source.published().toString(), source.url().orElse(null), source.citation());
    }
}
