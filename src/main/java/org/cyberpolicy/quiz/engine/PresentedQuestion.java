package org.cyberpolicy.quiz.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.MatchPair;
import org.cyberpolicy.quiz.bank.PartialDate;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.QuestionType;

/**
 * A bank question as one attempt shows it. The ids it gives choices, left and right items and ordering items are
 * positions in display order ({@code c1}, {@code l1}, {@code r1}, {@code i1}, ...), never the bank's own ids: a bank
 * author who always writes the correct choice first would otherwise give the answer away through its id.
 *
 * <p>The layout must fit the question's {@link Parts}: a layout kept from before the bank changed could otherwise
 * show, or grade, the wrong choice under an id without anyone noticing.
 */
public record PresentedQuestion(Question question, Layout layout) implements QuestionShape {

    static final String CHOICE = "c";
    static final String LEFT = "l";
    static final String RIGHT = "r";
    static final String ITEM = "i";

    /** @throws IllegalArgumentException when the layout does not list each part of the question exactly once */
    public PresentedQuestion {
        if (question == null || layout == null) {
            throw new IllegalArgumentException("a presented question needs a question and a layout");
        }
        Parts parts = QuestionKinds.parts(question);
        requirePermutation(layout.order(), parts.ordered(), "order", question);
        requirePermutation(layout.rightOrder(), parts.rights().size(), "rightOrder", question);
    }

    /** The parts of the question that the layout orders, in bank order. */
    public Parts parts() {
        return QuestionKinds.parts(question);
    }

    @Override
    public String id() {
        return question.id();
    }

    @Override
    public QuestionType type() {
        return question.type();
    }

    @Override
    public List<Option> choices() {
        List<Choice> choices = parts().choices();
        return choices.isEmpty() ? List.of() : options(CHOICE, layout.order(), i -> choices.get(i).text());
    }

    /** The bank choice shown under {@code optionId}; empty for an unknown id or a question without choices. */
    public Optional<Choice> choice(String optionId) {
        List<Choice> choices = parts().choices();
        return choices.isEmpty() ? Optional.empty() : index(CHOICE, optionId, layout.order()).map(choices::get);
    }

    /**
     * The id this attempt gives a bank choice.
     *
     * @throws IllegalArgumentException when the choice is not one of this question's
     */
    public String choiceId(Choice choice) {
        return id(CHOICE, parts().choices().indexOf(choice), layout.order(), "choice " + choice);
    }

    @Override
    public List<Option> left() {
        List<MatchPair> pairs = parts().pairs();
        return pairs.isEmpty() ? List.of() : options(LEFT, layout.order(), i -> pairs.get(i).left());
    }

    @Override
    public List<Option> right() {
        List<String> rights = parts().rights();
        return options(RIGHT, layout.rightOrder(), rights::get);
    }

    /** The index in the bank's pairs of the left item shown under {@code leftId}. */
    public Optional<Integer> pairIndex(String leftId) {
        return parts().pairs().isEmpty() ? Optional.empty() : index(LEFT, leftId, layout.order());
    }

    /** The index in {@link Parts#rights()} of the right option shown under {@code rightId}. */
    public Optional<Integer> rightIndex(String rightId) {
        return index(RIGHT, rightId, layout.rightOrder());
    }

    /** @throws IllegalArgumentException when the question has no such pair */
    public String leftId(int pairIndex) {
        return id(LEFT, parts().pairs().isEmpty() ? -1 : pairIndex, layout.order(), "pair " + pairIndex);
    }

    /** @throws IllegalArgumentException when the question has no such right-hand option */
    public String rightId(int rightIndex) {
        return id(RIGHT, rightIndex, layout.rightOrder(), "right-hand option " + rightIndex);
    }

    @Override
    public List<Option> items() {
        List<String> items = parts().items();
        return items.isEmpty() ? List.of() : options(ITEM, layout.order(), items::get);
    }

    /** The index in the bank's correct order of the item shown under {@code itemId}. */
    public Optional<Integer> itemIndex(String itemId) {
        return parts().items().isEmpty() ? Optional.empty() : index(ITEM, itemId, layout.order());
    }

    /** @throws IllegalArgumentException when the question has no such item */
    public String itemId(int itemIndex) {
        return id(ITEM, parts().items().isEmpty() ? -1 : itemIndex, layout.order(), "item " + itemIndex);
    }

    @Override
    public Optional<PartialDate.Precision> datePrecision() {
        return question instanceof Question.DateAnswer date ? Optional.of(date.answer().precision())
                : Optional.empty();
    }

    private static void requirePermutation(List<Integer> order, int size, String what, Question question) {
        Set<Integer> seen = new HashSet<>();
        boolean fits = order.size() == size
                && order.stream().allMatch(i -> i != null && i >= 0 && i < size && seen.add(i));
        if (!fits) {
            throw new IllegalArgumentException("the layout's " + what + " " + order + " does not list each of the "
                    + size + " parts of question " + question.id() + " exactly once");
        }
    }

    private static List<Option> options(String prefix, List<Integer> order, IntFunction<String> text) {
        return IntStream.range(0, order.size())
                .mapToObj(position -> new Option(prefix + (position + 1), text.apply(order.get(position))))
                .toList();
    }

    private static String id(String prefix, int index, List<Integer> order, String what) {
        int position = order.indexOf(index);
        if (position < 0) {
            throw new IllegalArgumentException("the " + what + " is not part of this question");
        }
        return prefix + (position + 1);
    }

    private static Optional<Integer> index(String prefix, String id, List<Integer> order) {
        // Nine digits are more positions than any question has, and keep parsing cheap for hostile input.
        if (id == null || !id.startsWith(prefix) || id.length() > prefix.length() + 9) {
            return Optional.empty();
        }
        try {
            int position = Integer.parseInt(id.substring(prefix.length()));
            // The round trip refuses other spellings of the same number, such as "c01" or "c+1".
            return position >= 1 && position <= order.size() && id.equals(prefix + position)
                    ? Optional.of(order.get(position - 1))
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
