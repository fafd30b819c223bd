package org.cyberpolicy.quiz.interop;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A question as GIFT or Moodle XML state it, before it is mapped onto the bank's types: Moodle's model (weighted
 * answers, per-answer feedback, categories), which is wider than ours in some places and narrower in others.
 *
 * @param category    the {@code $CATEGORY} (or {@code <category>}) path in force, one element per level
 * @param annotations what comments said about it: facts, sources and the bank's own details
 */
public record ForeignQuestion(TextPosition position, Optional<String> title, String text, Body body,
        Optional<String> generalFeedback, List<String> category, Annotations annotations) {

    public ForeignQuestion {
        category = List.copyOf(category);
    }

    /** The answer part, by what Moodle would make of it. */
    public sealed interface Body permits Choices, TrueFalse, ShortAnswers, Numbers, Pairs, Essay, Description,
            Unsupported {
    }

    /** A choice with its weight in percent (100 right, 0 wrong, between: partly right, below 0: a penalty). */
    public record WeightedText(String text, BigDecimal percent, Optional<String> feedback) {
    }

    /** Multiple choice: {@code =right ~wrong ~%50%half}. */
    public record Choices(List<WeightedText> choices) implements Body {
        public Choices {
            choices = List.copyOf(choices);
        }
    }

    /** {@code {TRUE#feedback if wrong#feedback if right}}. */
    public record TrueFalse(boolean answer, Optional<String> feedbackIfWrong, Optional<String> feedbackIfRight)
            implements Body {
    }

    /** Short answer: every text accepted, with its weight. */
    public record ShortAnswers(List<WeightedText> answers) implements Body {
        public ShortAnswers {
            answers = List.copyOf(answers);
        }
    }

    /** A number accepted within {@code tolerance}, with its weight in percent. */
    public record NumericAnswer(BigDecimal value, BigDecimal tolerance, BigDecimal percent,
            Optional<String> feedback) {
    }

    public record Numbers(List<NumericAnswer> answers) implements Body {
        public Numbers {
            answers = List.copyOf(answers);
        }
    }

    /** Matching; a pair with an empty left side is a distractor, as in Moodle. */
    public record Pair(String left, String right) {
    }

    public record Pairs(List<Pair> pairs) implements Body {
        public Pairs {
            pairs = List.copyOf(pairs);
        }
    }

    /** {@code {}}: a written answer, graded by hand. */
    public record Essay() implements Body {
    }

    /** No answer part at all: text shown between questions. */
    public record Description() implements Body {
    }

    /** A Moodle type the bank has nothing like (cloze, drag and drop, calculated, ...). */
    public record Unsupported(String moodleType) implements Body {
    }
}
