package org.cyberpolicy.quiz.marks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.MatchPair;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.engine.InvalidResponseException;
import org.cyberpolicy.quiz.engine.Layout;
import org.cyberpolicy.quiz.engine.Parts;
import org.cyberpolicy.quiz.engine.PresentedQuestion;
import org.cyberpolicy.quiz.engine.QuestionKinds;
import org.cyberpolicy.quiz.engine.Response;

/**
 * Grades a frozen response against the question as the bank has it now ({@code new-key}). The response names the
 * parts the attempt showed by their places ({@code c2}); those places are carried over to the corrected question
 * by what identifies each part (a choice's id, a matching item's or an ordering item's text), and parts the
 * corrected question adds come after them. A response that names a part the corrected question no longer has, or a
 * question whose type changed, cannot be graded: that is a {@link Outcome.Problem}, and the mark stays.
 */
public final class Regrader {

    /** What grading a response against the corrected question gave. */
    public sealed interface Outcome permits Outcome.Graded, Outcome.Problem {
        /** The new mark, out of the points the attempt gave the question. */
        record Graded(BigDecimal score) implements Outcome {
        }

        /** Why the response cannot be graded against the corrected question; said to instructors only. */
        record Problem(String message) implements Outcome {
        }
    }

    private Regrader() {
    }

    /**
     * @param shown    the question as the attempt showed it (its frozen snapshot)
     * @param current  the question in the bank in service; empty when the bank no longer has it
     * @param response the student's response, in the ids the attempt gave the parts
     * @param points   what the question is worth in the attempt; a corrected question worth more or less is scaled
     */
    public static Outcome newKey(PresentedQuestion shown, Optional<Question> current, Optional<Response> response,
            BigDecimal points) {
        if (current.isEmpty()) {
            return new Outcome.Problem("the bank no longer has question " + shown.id());
        }
        Question corrected = current.get();
        if (corrected.type() != shown.type()) {
            return new Outcome.Problem("the question is now a " + corrected.type().label() + " question, not a "
                    + shown.type().label() + " one");
        }
        if (response.isEmpty()) {
            return new Outcome.Graded(BigDecimal.ZERO.setScale(4));
        }
        Translation translation = new Translation(shown.parts(), QuestionKinds.parts(corrected), shown.layout());
        Optional<String> problem = translation.problem();
        if (problem.isPresent()) {
            return new Outcome.Problem(problem.get());
        }
        PresentedQuestion now = new PresentedQuestion(corrected, translation.layout());
        Response translated;
        try {
            translated = translation.response(shown, response.get());
            translated = QuestionKinds.check(now, translated);
        } catch (InvalidResponseException e) {
            return new Outcome.Problem("the response no longer fits the question: " + e.getMessage());
        } catch (Untranslatable e) {
            return new Outcome.Problem(e.getMessage());
        }
        BigDecimal score = QuestionKinds.grade(now, Optional.of(translated)).score();
        if (corrected.points().compareTo(points) != 0 && corrected.points().signum() > 0) {
            score = score.multiply(points).divide(corrected.points(), 4, RoundingMode.HALF_UP);
        }
        return new Outcome.Graded(score);
    }

    /** A response naming a part the corrected question lacks. */
    private static final class Untranslatable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Untranslatable(String message) {
            super(message, null, false, false);
        }
    }

    /** The attempt's places of the parts, carried over to the corrected question. */
    private static final class Translation {

        private final Parts before;
        private final Parts after;
        private final Layout shownLayout;
        /** Old display place (0-based) to new bank index, for choices, pairs and items; -1 where the part is gone. */
        private final List<Integer> orderTo = new ArrayList<>();
        private final List<Integer> rightsTo = new ArrayList<>();
        private Optional<String> problem = Optional.empty();
        private Layout layout = Layout.NONE;

        Translation(Parts before, Parts after, Layout shownLayout) {
            this.before = before;
            this.after = after;
            this.shownLayout = shownLayout;
            if (!before.choices().isEmpty()) {
                map(shownLayout.order(), before.choices(), after.choices(), Choice::id, orderTo);
                layout = new Layout(withNewOnes(orderTo, after.choices().size()), List.of());
            } else if (!before.pairs().isEmpty()) {
                map(shownLayout.order(), before.pairs(), after.pairs(), MatchPair::left, orderTo);
                map(shownLayout.rightOrder(), before.rights(), after.rights(), Function.identity(), rightsTo);
                layout = new Layout(withNewOnes(orderTo, after.pairs().size()),
                        withNewOnes(rightsTo, after.rights().size()));
            } else if (!before.items().isEmpty()) {
                map(shownLayout.order(), before.items(), after.items(), Function.identity(), orderTo);
                if (orderTo.contains(-1) || after.items().size() != before.items().size()) {
                    // An order is an answer about every item: with one gone or added it says nothing of the new set.
                    problem = Optional.of("the items to put in order changed");
                }
                layout = new Layout(withNewOnes(orderTo, after.items().size()), List.of());
            }
        }

        Optional<String> problem() {
            return problem;
        }

        Layout layout() {
            return layout;
        }

        /** For each place shown, the index in {@code after} of the same part; each part of {@code after} used once. */
        private static <T> void map(List<Integer> order, List<T> before, List<T> after, Function<T, String> identity,
                List<Integer> into) {
            Map<String, List<Integer>> free = new HashMap<>();
            for (int i = 0; i < after.size(); i++) {
                free.computeIfAbsent(identity.apply(after.get(i)), k -> new ArrayList<>()).add(i);
            }
            for (int index : order) {
                List<Integer> candidates = free.getOrDefault(identity.apply(before.get(index)), new ArrayList<>());
                into.add(candidates.isEmpty() ? -1 : candidates.remove(0));
            }
        }

        /** The surviving parts in the places they were shown, then the corrected question's new parts. */
        private static List<Integer> withNewOnes(List<Integer> mapped, int size) {
            List<Integer> order = new ArrayList<>(mapped.stream().filter(i -> i >= 0).toList());
            for (int i = 0; i < size; i++) {
                if (!order.contains(i)) {
                    order.add(i);
                }
            }
            return order;
        }

        /** The response in the ids the corrected question's layout gives the same parts. */
        Response response(PresentedQuestion shown, Response response) {
            if (response instanceof Response.PickedChoice picked) {
                return new Response.PickedChoice(choice(shown, picked.choiceId()));
            }
            if (response instanceof Response.PickedChoices picked) {
                return new Response.PickedChoices(picked.choiceIds().stream().map(id -> choice(shown, id))
                        .collect(java.util.stream.Collectors.toSet()));
            }
            if (response instanceof Response.Matches matches) {
                Map<String, String> rightByLeft = new LinkedHashMap<>();
                matches.rightByLeft().forEach((left, right) -> rightByLeft.put(
                        newId("l", left, orderTo, shownLayout.order(), i -> "the item '"
                                + before.pairs().get(i).left() + "' to match"),
                        newId("r", right, rightsTo, shownLayout.rightOrder(), i -> "the option '"
                                + before.rights().get(i) + "' the student matched")));
                return new Response.Matches(rightByLeft);
            }
            if (response instanceof Response.Order order) {
                return new Response.Order(order.itemIds().stream()
                        .map(id -> newId("i", id, orderTo, shownLayout.order(), i -> "an item")).toList());
            }
            return response;
        }

        private String choice(PresentedQuestion shown, String id) {
            return newId("c", id, orderTo, shownLayout.order(), i -> "the choice '" + before.choices().get(i).text()
                    + "' the student picked");
        }

        /**
         * The new id of the part shown as {@code id}.
         *
         * @param what names the part at a bank index of {@code before}, for the problem when it is gone
         */
        private String newId(String prefix, String id, List<Integer> mapped, List<Integer> shownOrder,
                Function<Integer, String> what) {
            int place = place(prefix, id, mapped.size());
            int to = mapped.get(place);
            if (to < 0) {
                throw new Untranslatable(what.apply(shownOrder.get(place)) + " no longer exists");
            }
            List<Integer> newOrder = prefix.equals("r") ? layout.rightOrder() : layout.order();
            return prefix + (newOrder.indexOf(to) + 1);
        }

        private static int place(String prefix, String id, int size) {
            try {
                int place = Integer.parseInt(id.substring(prefix.length())) - 1;
                if (id.startsWith(prefix) && place >= 0 && place < size) {
                    return place;
                }
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                // falls through to the refusal below
            }
            throw new Untranslatable("the stored response names '" + id + "', which the attempt never showed");
        }
    }
}
