package org.cyberpolicy.quiz.web.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.Fact;
import org.cyberpolicy.quiz.bank.Question;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The questions generated from one fact, with their keys, for an instructor to preview:
 * {@code GET /api/instructor/facts/{factId}/questions}.
 */
public record GeneratedJson(String factId, String statement, String kind, List<QuestionJson> questions) {

    /**
     * One generated question and its key: the right choices, the true/false answer, the number and its tolerance,
     * the date at its precision, or the accepted short answers.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionJson(String id, String type, String prompt, BigDecimal points, String difficulty,
            Set<String> tags, String feedback, List<ChoiceJson> choices, Boolean answer, BigDecimal number,
            BigDecimal tolerance, String date, String precision, List<String> answers) {
    }

    public record ChoiceJson(String id, String text, boolean correct) {
    }

    static GeneratedJson of(Fact fact, List<Question> generated) {
        return new GeneratedJson(fact.id(), fact.statement(), fact.asking().kind().orElse(null),
                generated.stream().map(GeneratedJson::question).toList());
    }

    static QuestionJson question(Question q) {
        List<ChoiceJson> choices = null;
        Boolean answer = null;
        BigDecimal number = null;
        BigDecimal tolerance = null;
        String date = null;
        String precision = null;
        List<String> answers = null;
        if (q instanceof Question.SingleChoice s) {
            choices = choices(s.choices());
        } else if (q instanceof Question.MultipleChoice m) {
            choices = choices(m.choices());
        } else if (q instanceof Question.TrueFalse t) {
            answer = t.answer();
        } else if (q instanceof Question.Numeric n) {
            number = n.answer();
            tolerance = n.tolerance();
        } else if (q instanceof Question.DateAnswer d) {
            date = d.answer().toString();
            precision = d.answer().precision().name().toLowerCase();
        } else if (q instanceof Question.ShortAnswer s) {
            answers = s.answers();
        }
        return new QuestionJson(q.id(), q.type().yamlName(), q.prompt(), q.points(),
                q.info().difficulty().map(d -> d.yamlName()).orElse(null), new TreeSet<>(q.info().tags()),
                q.info().feedback().orElse(null), choices, answer, number, tolerance, date, precision, answers);
    }

    private static List<ChoiceJson> choices(List<Choice> choices) {
        return choices.stream().map(c -> new ChoiceJson(c.id(), c.text(), c.correct())).toList();
    }
}
