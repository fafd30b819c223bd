package org.cyberpolicy.quiz.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.MatchPair;
import org.cyberpolicy.quiz.bank.Question;

/**
 * A bank question as one attempt shows it. The ids it gives choices, left and right items and ordering items are
 * positions in display order ({@code c1}, {@code l1}, {@code r1}, {@code i1}, ...), never the bank's own ids: a bank
 * author who always writes the correct choice first would otherwise give the answer away through its id.
 *
 * <p>The layout must fit the question: a layout kept from before the bank changed could otherwise show, or grade,
 * the wrong choice under an id without anyone noticing.
 */
public record PresentedQuestion(Question question, Layout layout) {

    static final String CHOICE = "c";
    static final String LEFT = "l";
    static final String RIGHT = "r";
    static final String ITEM = "i";

    /** @throws IllegalArgumentException when the layout does not list each part of the question exactly once */
    public PresentedQuestion {
        if (question == null || layout == null) {
            throw new IllegalArgumentException("a presented question needs a question and a layout");
        }
        requirePermutation(layout.order(), shuffledParts(question), "order", question);
        requirePermutation(layout.rightOrder(), rightsOf(question).size(), "rightOrder", question);
    }

    /** The choices of a single or multiple choice question, in display order; empty for other types. */
    public List<Option> choices() {
        List<Choice> choices = bankChoices();
        return choices.isEmpty() ? List.of() : options(CHOICE, layout.order(), i -> choices.get(i).text());
    }

    /** The bank choice shown under {@code optionId}; empty for an unknown id or a question without choices. */
    public Optional<Choice> choice(String optionId) {
        List<Choice> choices = bankChoices();
        return choices.isEmpty() ? Optional.empty() : index(CHOICE, optionId, layout.order()).map(choices::get);
    }

    /**
     * The id this attempt gives a bank choice.
     *
     * @throws IllegalArgumentException when the choice is not one of this question's
     */
    public String choiceId(Choice choice) {
        return id(CHOICE, bankChoices().indexOf(choice), layout.order(), "choice " + choice);
    }

    /** The left items of a matching question, in display order; empty for other types. */
    public List<Option> left() {
        List<MatchPair> pairs = pairs();
        return pairs.isEmpty() ? List.of() : options(LEFT, layout.order(), i -> pairs.get(i).left());
    }

    /** The right-hand options of a matching question (answers and distractors), in display order. */
    public List<Option> right() {
        List<String> rights = rights();
        return options(RIGHT, layout.rightOrder(), rights::get);
    }

    /** The index in the bank's pairs of the left item shown under {@code leftId}. */
    public Optional<Integer> pairIndex(String leftId) {
        return pairs().isEmpty() ? Optional.empty() : index(LEFT, leftId, layout.order());
    }

    /** The index in {@link #rights()} of the right option shown under {@code rightId}. */
    public Optional<Integer> rightIndex(String rightId) {
        return index(RIGHT, rightId, layout.rightOrder());
    }

    /** @throws IllegalArgumentException when the question has no such pair */
    public String leftId(int pairIndex) {
        return id(LEFT, pairs().isEmpty() ? -1 : pairIndex, layout.order(), "pair " + pairIndex);
    }

    /** @throws IllegalArgumentException when the question has no such right-hand option */
    public String rightId(int rightIndex) {
        return id(RIGHT, rightIndex, layout.rightOrder(), "right-hand option " + rightIndex);
    }

    /** The items of an ordering question, in display (shuffled) order; empty for other types. */
    public List<Option> items() {
        List<String> items = orderingItems();
        return items.isEmpty() ? List.of() : options(ITEM, layout.order(), items::get);
    }

    /** The index in the bank's correct order of the item shown under {@code itemId}. */
    public Optional<Integer> itemIndex(String itemId) {
        return orderingItems().isEmpty() ? Optional.empty() : index(ITEM, itemId, layout.order());
    }

    /** @throws IllegalArgumentException when the question has no such item */
    public String itemId(int itemIndex) {
        return id(ITEM, orderingItems().isEmpty() ? -1 : itemIndex, layout.order(), "item " + itemIndex);
    }

    /** The right sides of a matching question's pairs followed by its distractors: what {@code rightOrder} indexes. */
    public List<String> rights() {
        return rightsOf(question);
    }

    private List<MatchPair> pairs() {
        return question instanceof Question.Matching matching ? matching.pairs() : List.of();
    }

    private List<String> orderingItems() {
        return question instanceof Question.Ordering ordering ? ordering.items() : List.of();
    }

    private List<Choice> bankChoices() {
        return choicesOf(question);
    }

    private static List<Choice> choicesOf(Question question) {
        if (question instanceof Question.SingleChoice single) {
            return single.choices();
        }
        if (question instanceof Question.MultipleChoice multiple) {
            return multiple.choices();
        }
        return List.of();
    }

    private static List<String> rightsOf(Question question) {
        if (!(question instanceof Question.Matching matching)) {
            return List.of();
        }
        List<String> rights = new ArrayList<>(matching.pairs().stream().map(MatchPair::right).toList());
        rights.addAll(matching.distractors());
        return List.copyOf(rights);
    }

    /** How many parts {@code Layout.order} puts in display order: choices, pairs or items. */
    private static int shuffledParts(Question question) {
        if (question instanceof Question.Matching matching) {
            return matching.pairs().size();
        }
        if (question instanceof Question.Ordering ordering) {
            return ordering.items().size();
        }
        return choicesOf(question).size();
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
