package org.cyberpolicy.quiz.attempt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.PartialDate;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.QuestionType;
import org.cyberpolicy.quiz.quiz.Option;
import org.cyberpolicy.quiz.quiz.PresentedQuestion;

/**
 * A question as an open attempt shows it. It is built from the frozen question but carries nothing of the answer
 * key, so no page or API body made from it can leak one.
 *
 * @param datePrecision for a date question, how precisely it asks (a day, a month or a year): part of the question,
 *                      not of its answer
 */
public record SheetQuestion(int position, String id, QuestionType type, String prompt, BigDecimal points,
        List<Option> choices, List<Option> left, List<Option> right, List<Option> items,
        Optional<PartialDate.Precision> datePrecision, Optional<Response> saved) {

    public SheetQuestion {
        choices = List.copyOf(choices);
        left = List.copyOf(left);
        right = List.copyOf(right);
        items = List.copyOf(items);
    }

    public static SheetQuestion of(int position, PresentedQuestion presented, Optional<Response> saved) {
        Question question = presented.question();
        Optional<PartialDate.Precision> precision = question instanceof Question.DateAnswer date
                ? Optional.of(date.answer().precision())
                : Optional.empty();
        return new SheetQuestion(position, question.id(), question.type(), question.prompt(), question.points(),
                presented.choices(), presented.left(), presented.right(), presented.items(), precision, saved);
    }
}
