package org.cyberpolicy.quiz.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.MatchPair;
import org.cyberpolicy.quiz.bank.Question;

/**
 * A bank question as one attempt shows it. The ids it gives choices, left and right items and ordering items are
 * positions in display order ({@code c1}, {@code l1}, {@code r1}, {@code i1}, ...), never the bank's own ids: a bank
 * author who always writes the correct choice first would otherwise give the answer away through its id.
 */
public record PresentedQuestion(Question question, Layout layout) {

    static final String CHOICE = "c";
    static final String LEFT = "l";
    static final String RIGHT = "r";
    static final String ITEM = "i";

    /** The choices of a single or multiple choice question, in display order; empty for other types. */
    public List<Option> choices() {
        List<Choice> choices = bankChoices();
        return options(CHOICE, layout.order(), i -> choices.get(i).text());
    }

    /** The bank choice shown under {@code optionId}. */
    public Optional<Choice> choice(String optionId) {
        return index(CHOICE, optionId, layout.order()).map(bankChoices()::get);
    }

    /** The id this attempt gives a bank choice. */
    public String choiceId(Choice choice) {
        return CHOICE + (layout.order().indexOf(bankChoices().indexOf(choice)) + 1);
    }

    /** The left items of a matching question, in display order. */
    public List<Option> left() {
        List<MatchPair> pairs = pairs();
        return options(LEFT, layout.order(), i -> pairs.get(i).left());
    }

    /** The right-hand options of a matching question (answers and distractors), in display order. */
    public List<Option> right() {
        List<String> rights = rights();
        return options(RIGHT, layout.rightOrder(), rights::get);
    }

    /** The index in the bank's pairs of the left item shown under {@code optionId}. */
    public Optional<Integer> pairIndex(String leftId) {
        return index(LEFT, leftId, layout.order());
    }

    /** The index in {@link #rights()} of the right option shown under {@code optionId}. */
    public Optional<Integer> rightIndex(String rightId) {
        return index(RIGHT, rightId, layout.rightOrder());
    }

    public String leftId(int pairIndex) {
        return LEFT + (layout.order().indexOf(pairIndex) + 1);
    }

    public String rightId(int rightIndex) {
        return RIGHT + (layout.rightOrder().indexOf(rightIndex) + 1);
    }

    /** The items of an ordering question, in display (shuffled) order. */
    public List<Option> items() {
        List<String> items = question instanceof Question.Ordering ordering ? ordering.items() : List.of();
        return options(ITEM, layout.order(), items::get);
    }

    /** The index in the bank's correct order of the item shown under {@code itemId}. */
    public Optional<Integer> itemIndex(String itemId) {
        return index(ITEM, itemId, layout.order());
    }

    public String itemId(int itemIndex) {
        return ITEM + (layout.order().indexOf(itemIndex) + 1);
    }

    /** The right sides of a matching question's pairs followed by its distractors: what {@code rightOrder} indexes. */
    public List<String> rights() {
        if (!(question instanceof Question.Matching matching)) {
            return List.of();
        }
        List<String> rights = new ArrayList<>(matching.pairs().stream().map(MatchPair::right).toList());
        rights.addAll(matching.distractors());
        return rights;
    }

    private List<MatchPair> pairs() {
        return question instanceof Question.Matching matching ? matching.pairs() : List.of();
    }

    private List<Choice> bankChoices() {
        if (question instanceof Question.SingleChoice single) {
            return single.choices();
        }
        if (question instanceof Question.MultipleChoice multiple) {
            return multiple.choices();
        }
        return List.of();
    }

    private static List<Option> options(String prefix, List<Integer> order,
            java.util.function.IntFunction<String> text) {
        return IntStream.range(0, order.size())
                .mapToObj(position -> new Option(prefix + (position + 1), text.apply(order.get(position))))
                .toList();
    }

    private static Optional<Integer> index(String prefix, String id, List<Integer> order) {
        if (id == null || !id.startsWith(prefix) || id.length() > 4) {
            return Optional.empty();
        }
        try {
            int position = Integer.parseInt(id.substring(prefix.length()));
            return position >= 1 && position <= order.size() && id.equals(prefix + position)
                    ? Optional.of(order.get(position - 1))
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
