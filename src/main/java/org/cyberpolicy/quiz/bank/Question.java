package org.cyberpolicy.quiz.bank;

import java.math.BigDecimal;
import java.util.List;

/**
 * A question of the bank. Each type is a record of its own, so that a switch over questions is checked for
 * completeness by the compiler: adding a type shows every place (grading, rendering) that must learn it.
 */
public sealed interface Question permits Question.SingleChoice, Question.MultipleChoice, Question.TrueFalse,
        Question.Numeric, Question.DateAnswer, Question.ShortAnswer, Question.Matching, Question.Ordering {

    QuestionInfo info();

    QuestionType type();

    default String id() {
        return info().id();
    }

    default String prompt() {
        return info().prompt();
    }

    default BigDecimal points() {
        return info().points();
    }

    record SingleChoice(QuestionInfo info, List<Choice> choices) implements Question {
        public SingleChoice {
            choices = List.copyOf(choices);
        }

        @Override
        public QuestionType type() {
            return QuestionType.SINGLE;
        }
    }

    record MultipleChoice(QuestionInfo info, List<Choice> choices, Scoring scoring) implements Question {
        public MultipleChoice {
            choices = List.copyOf(choices);
        }

        @Override
        public QuestionType type() {
            return QuestionType.MULTIPLE;
        }
    }

    record TrueFalse(QuestionInfo info, boolean answer) implements Question {
        @Override
        public QuestionType type() {
            return QuestionType.TRUE_FALSE;
        }
    }

    /** A number, accepted within {@code tolerance} either side. */
    record Numeric(QuestionInfo info, BigDecimal answer, BigDecimal tolerance) implements Question {
        @Override
        public QuestionType type() {
            return QuestionType.NUMERIC;
        }
    }

    /** A date asked at the precision of its answer: the day, the month or the year. */
    record DateAnswer(QuestionInfo info, PartialDate answer) implements Question {
        @Override
        public QuestionType type() {
            return QuestionType.DATE;
        }
    }

    /** A typed answer, compared after normalisation (case, spacing, punctuation, diacritics). */
    record ShortAnswer(QuestionInfo info, List<String> answers) implements Question {
        public ShortAnswer {
            answers = List.copyOf(answers);
        }

        @Override
        public QuestionType type() {
            return QuestionType.SHORT;
        }
    }

    record Matching(QuestionInfo info, List<MatchPair> pairs, List<String> distractors) implements Question {
        public Matching {
            pairs = List.copyOf(pairs);
            distractors = List.copyOf(distractors);
        }

        @Override
        public QuestionType type() {
            return QuestionType.MATCHING;
        }
    }

    /** Items to put in order; {@code items} holds them in the correct order. */
    record Ordering(QuestionInfo info, List<String> items, Scoring scoring) implements Question {
        public Ordering {
            items = List.copyOf(items);
        }

        @Override
        public QuestionType type() {
            return QuestionType.ORDERING;
        }
    }
}
