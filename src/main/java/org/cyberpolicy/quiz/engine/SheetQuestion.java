package org.cyberpolicy.quiz.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.PartialDate;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.QuestionType;

/**
 * A question as an open attempt shows it. It is built from the frozen question but carries nothing of the answer
 * key, so no page or API body made from it can leak one.
 */
public record SheetQuestion(int position, String id, QuestionType type, String prompt, BigDecimal points,
        List<Option> choices, List<Option> left, List<Option> right, List<Option> items,
        Optional<PartialDate.Precision> datePrecision, Optional<Response> saved) implements QuestionShape {

    public SheetQuestion {
        choices = List.copyOf(choices);
        left = List.copyOf(left);
        right = List.copyOf(right);
        items = List.copyOf(items);
    }

    public static SheetQuestion of(int position, PresentedQuestion presented, Optional<Response> saved) {
        Question question = presented.question();
        return new SheetQuestion(position, question.id(), question.type(), question.prompt(), question.points(),
                presented.choices(), presented.left(), presented.right(), presented.items(),
                presented.datePrecision(), saved);
    }
}
