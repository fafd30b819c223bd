package org.cyberpolicy.quiz.engine;

import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.PartialDate;
import org.cyberpolicy.quiz.bank.QuestionType;

/**
 * A question as a response to it must be shaped: its type and the ids one attempt gave its parts, and nothing of its
 * answer key. Reading, checking and wording a response need no more, so no message about a response can reveal the
 * answer. Both the frozen question ({@link PresentedQuestion}) and the student's view of it ({@link SheetQuestion})
 * have this shape.
 */
public interface QuestionShape {

    /** The bank id of the question. */
    String id();

    QuestionType type();

    /** The choices of a single or multiple choice question, in display order; empty for other types. */
    List<Option> choices();

    /** The left items of a matching question, in display order; empty for other types. */
    List<Option> left();

    /** The right-hand options of a matching question (answers and distractors), in display order. */
    List<Option> right();

    /** The items of an ordering question, in display order; empty for other types. */
    List<Option> items();

    /** For a date question, how precisely it asks (a day, a month or a year): part of the question, not its answer. */
    Optional<PartialDate.Precision> datePrecision();
}
