package org.cyberpolicy.quiz.bank.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.AnswerText;
import org.cyberpolicy.quiz.bank.Fact;
import org.cyberpolicy.quiz.bank.FactValue;
import org.cyberpolicy.quiz.bank.PartialDate;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.QuestionInfo;
import org.cyberpolicy.quiz.bank.yaml.YamlNode;

/**
 * The answers of numeric, date and short questions, written out or taken from the question's fact.
 * <p>
 * A question tied to exactly one fact with a value may leave its answer out: the fact is the single place where
 * the figure is kept. When both are given they must agree, because a disagreement means one of them is wrong.
 */
final class FactAnswers {

    private final Problems problems;
    private final Map<String, Fact> facts;

    FactAnswers(Problems problems, Map<String, Fact> facts) {
        this.problems = problems;
        this.facts = facts;
    }

    /** The question's only fact, when it has exactly one fact and that fact has a value. */
    private Optional<Fact> valuedFact(QuestionInfo info) {
        if (info.factIds().size() != 1) {
            return Optional.empty();
        }
        return Optional.ofNullable(facts.get(info.factIds().get(0))).filter(f -> f.value().isPresent());
    }

    /**
     * Reports a missing answer that cannot come from the fact, unless the fact itself is unknown or broken: that
     * is reported where the fact is named, and a second message would only repeat it.
     */
    private void reportMissingAnswer(Fields fields, QuestionInfo info, String key, String wanted) {
        if (info.factIds().size() == 1 && !facts.containsKey(info.factIds().get(0))) {
            return;
        }
        problems.error(fields.node(), missingAnswer(info, key, wanted));
    }

    private String missingAnswer(QuestionInfo info, String key, String wanted) {
        if (info.factIds().size() != 1) {
            return "question '" + info.id() + "' needs '" + key + "': it names " + info.factIds().size()
                    + " facts, so the answer cannot come from one of them";
        }
        Fact fact = facts.get(info.factIds().get(0));
        if (fact == null || fact.value().isEmpty()) {
            return "question '" + info.id() + "' needs '" + key + "', or a 'value' on its fact '" + info.factIds().get(0)
                    + "' to take the answer from";
        }
        return "question '" + info.id() + "' needs '" + key + "': its fact '" + fact.id() + "' holds "
                + FactReader.kindOf(fact.value().get()) + ", not " + wanted;
    }

    Optional<Question> numeric(Fields fields, QuestionInfo info) {
        BigDecimal tolerance = fields.nonNegativeNumber("tolerance").orElse(BigDecimal.ZERO);
        Optional<Fact> fact = valuedFact(info);
        Optional<BigDecimal> factNumber = fact.flatMap(f -> f.value().get().asNumber());
        Optional<YamlNode> answerNode = fields.value("answer");
        if (answerNode.isEmpty()) {
            if (factNumber.isEmpty()) {
                reportMissingAnswer(fields, info, "answer", "a number");
            }
            return factNumber.map(n -> new Question.Numeric(info, n, tolerance));
        }
        Optional<BigDecimal> answer = fields.number(answerNode.get(), "'answer'");
        if (answer.isPresent() && factNumber.isPresent()
                && answer.get().subtract(factNumber.get()).abs().compareTo(tolerance) > 0) {
            problems.error(answerNode.get(), "the answer " + answer.get().toPlainString() + " of " + fields.owner()
                    + " contradicts its fact '" + fact.get().id() + "', whose value is "
                    + factNumber.get().toPlainString());
            return Optional.empty();
        }
        return answer.map(a -> new Question.Numeric(info, a, tolerance));
    }

    Optional<Question> date(Fields fields, QuestionInfo info) {
        Optional<Fact> fact = valuedFact(info);
        Optional<PartialDate> factDate = fact.flatMap(f -> f.value().get().asDate());
        Optional<YamlNode> answerNode = fields.value("answer");
        if (answerNode.isEmpty()) {
            if (factDate.isEmpty()) {
                reportMissingAnswer(fields, info, "answer", "a date");
            }
            return factDate.map(d -> new Question.DateAnswer(info, d));
        }
        Optional<PartialDate> answer = Dates.read(answerNode.get(), "'answer' of " + fields.owner(), problems);
        if (answer.isPresent() && factDate.isPresent()) {
            PartialDate asked = answer.get();
            PartialDate known = factDate.get();
            if (!known.isAtLeastAsPreciseAs(asked)) {
                problems.error(answerNode.get(), "the answer " + asked + " of " + fields.owner()
                        + " is more precise than its fact '" + fact.get().id() + "', which gives only " + known);
                return Optional.empty();
            }
            if (!known.truncatedTo(asked.precision()).equals(asked)) {
                problems.error(answerNode.get(), "the answer " + asked + " of " + fields.owner()
                        + " contradicts its fact '" + fact.get().id() + "', whose value is " + known);
                return Optional.empty();
            }
        }
        return answer.map(a -> new Question.DateAnswer(info, a));
    }

    Optional<Question> shortAnswer(Fields fields, QuestionInfo info) {
        Optional<Fact> fact = valuedFact(info).filter(f -> f.value().get() instanceof FactValue.TextValue
                || f.value().get() instanceof FactValue.NumberValue);
        Optional<YamlNode> answersNode = fields.value("answers");
        if (answersNode.isEmpty()) {
            if (fact.isEmpty()) {
                reportMissingAnswer(fields, info, "answers", "a text");
                return Optional.empty();
            }
            List<String> accepted = new ArrayList<>();
            accepted.add(fact.get().value().get().display());
            accepted.addAll(fact.get().aliases());
            return Optional.of(new Question.ShortAnswer(info, accepted));
        }
        List<String> answers = fields.texts(answersNode.get(), "'answers'");
        if (answers.isEmpty()) {
            if (answersNode.get() instanceof YamlNode.Sequence) {
                problems.error(answersNode.get(), fields.owner() + " needs at least one accepted answer");
            }
            return Optional.empty();
        }
        if (fact.isPresent()) {
            String value = fact.get().value().get().display();
            boolean agrees = answers.stream().anyMatch(a -> AnswerText.same(a, value));
            if (!agrees) {
                problems.error(answersNode.get(), "the answers of " + fields.owner() + " contradict its fact '"
                        + fact.get().id() + "': none of them is its value '" + value + "'");
                return Optional.empty();
            }
        }
        return Optional.of(new Question.ShortAnswer(info, answers));
    }
}
