package org.cyberpolicy.quiz.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.cyberpolicy.quiz.attempt.AttemptSheet;
import org.cyberpolicy.quiz.engine.Option;
import org.cyberpolicy.quiz.engine.ResponseCodec;
import org.cyberpolicy.quiz.engine.SheetQuestion;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * An open attempt in the JSON API: the questions and the saved responses, never the answers. Each question of an
 * attempt says whether its student {@code flagged} it to come back to (absent for a training question).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SheetJson(long id, String quizId, String quizTitle, int number, String state, Instant startedAt,
        Instant deadline, List<QuestionJson> questions) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionJson(String id, String type, String prompt, BigDecimal points, List<Option> choices,
            List<Option> left, List<Option> right, List<Option> items, String precision, JsonNode response,
            ResultJson.QuestionJson checked, Boolean flagged) {
    }

    static SheetJson of(AttemptSheet sheet, ResponseCodec codec) {
        return new SheetJson(sheet.id(), sheet.quizId(), sheet.quizTitle(), sheet.number(), "open",
                sheet.startedAt(), sheet.deadline().orElse(null),
                sheet.questions().stream().map(q -> withChecked(question(q, codec),
                        sheet.checked().containsKey(q.id())
                                ? ResultJson.question(sheet.checked().get(q.id()), codec) : null,
                        sheet.flagged().contains(q.id()))).toList());
    }

    static QuestionJson question(SheetQuestion q, ResponseCodec codec) {
        return new QuestionJson(q.id(), q.type().yamlName(), q.prompt(), q.points(), orNull(q.choices()),
                orNull(q.left()), orNull(q.right()), orNull(q.items()),
                q.datePrecision().map(p -> p.name().toLowerCase()).orElse(null),
                q.saved().map(codec::write).orElse(null), null, null);
    }

    /** A practice question already checked carries its marking: the one answer known before submission. */
    private static QuestionJson withChecked(QuestionJson q, ResultJson.QuestionJson checked, boolean flagged) {
        return new QuestionJson(q.id(), q.type(), q.prompt(), q.points(), q.choices(), q.left(), q.right(), q.items(),
                q.precision(), q.response(), checked, flagged);
    }

    private static List<Option> orNull(List<Option> options) {
        return options.isEmpty() ? null : options;
    }
}
