package org.cyberpolicy.quiz.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cyberpolicy.quiz.bank.PartialDate;

/**
 * A student's answer to one question, in the ids the attempt gave its parts (see {@link PresentedQuestion}). One
 * record per shape of answer, each the response of one {@link QuestionKind}; a question with no response is simply
 * unanswered.
 */
public sealed interface Response {

    /** {@code single}: the id of the picked choice. */
    record PickedChoice(String choiceId) implements Response {
    }

    /** {@code multiple}: the ids of every ticked choice. */
    record PickedChoices(Set<String> choiceIds) implements Response {
        public PickedChoices {
            choiceIds = Set.copyOf(choiceIds);
        }
    }

    /** {@code true-false}. */
    record Truth(boolean value) implements Response {
    }

    /** {@code numeric}. */
    record Amount(BigDecimal value) implements Response {
    }

    /** {@code date}, at the precision the question asks for. */
    record DateGiven(PartialDate value) implements Response {
    }

    /** {@code short}. */
    record Text(String value) implements Response {
    }

    /** {@code matching}: for each left id that was answered, the right id picked for it. */
    record Matches(Map<String, String> rightByLeft) implements Response {
        public Matches {
            rightByLeft = Map.copyOf(rightByLeft);
        }
    }

    /** {@code ordering}: every item id, in the order the student put them. */
    record Order(List<String> itemIds) implements Response {
        public Order {
            itemIds = List.copyOf(itemIds);
        }
    }
}
