package org.cyberpolicy.quiz.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.Location;
import org.cyberpolicy.quiz.bank.MatchPair;
import org.cyberpolicy.quiz.bank.PartialDate;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.QuestionInfo;
import org.cyberpolicy.quiz.bank.Scoring;
import org.cyberpolicy.quiz.engine.Layout;
import org.cyberpolicy.quiz.engine.PresentedQuestion;

/**
 * Bank questions for tests, worth one point unless {@link #worth} says otherwise. Choices are written as their text,
 * with a leading {@code *} marking a correct one; pairs as {@code "left=right"}.
 */
public final class TestQuestions {

    private TestQuestions() {
    }

    public static Question.SingleChoice single(String... choices) {
        return new Question.SingleChoice(info("single"), choices(choices));
    }

    public static Question.MultipleChoice multiple(Scoring scoring, String... choices) {
        return new Question.MultipleChoice(info("multiple"), choices(choices), scoring);
    }

    public static Question.TrueFalse trueFalse(boolean answer) {
        return new Question.TrueFalse(info("true-false"), answer);
    }

    public static Question.Numeric numeric(String answer, String tolerance) {
        return new Question.Numeric(info("numeric"), new BigDecimal(answer), new BigDecimal(tolerance));
    }

    public static Question.DateAnswer date(String answer) {
        return new Question.DateAnswer(info("date"), PartialDate.parse(answer).orElseThrow());
    }

    public static Question.ShortAnswer shortAnswer(String... answers) {
        return new Question.ShortAnswer(info("short"), List.of(answers));
    }

    public static Question.Matching matching(List<String> pairs, String... distractors) {
        List<MatchPair> matchPairs = pairs.stream().map(pair -> pair.split("=", 2))
                .map(parts -> new MatchPair(parts[0], parts[1])).toList();
        return new Question.Matching(info("matching"), matchPairs, List.of(distractors));
    }

    public static Question.Ordering ordering(Scoring scoring, String... itemsInCorrectOrder) {
        return new Question.Ordering(info("ordering"), List.of(itemsInCorrectOrder), scoring);
    }

    /** The same question worth {@code points}. */
    public static Question worth(String points, Question question) {
        QuestionInfo old = question.info();
        QuestionInfo info = new QuestionInfo(old.id(), old.prompt(), old.factIds(), new BigDecimal(points), old.tags(),
                old.difficulty(), old.feedback(), old.location());
        if (question instanceof Question.SingleChoice q) {
            return new Question.SingleChoice(info, q.choices());
        }
        if (question instanceof Question.MultipleChoice q) {
            return new Question.MultipleChoice(info, q.choices(), q.scoring());
        }
        if (question instanceof Question.TrueFalse q) {
            return new Question.TrueFalse(info, q.answer());
        }
        if (question instanceof Question.Numeric q) {
            return new Question.Numeric(info, q.answer(), q.tolerance());
        }
        if (question instanceof Question.DateAnswer q) {
            return new Question.DateAnswer(info, q.answer());
        }
        if (question instanceof Question.ShortAnswer q) {
            return new Question.ShortAnswer(info, q.answers());
        }
        if (question instanceof Question.Matching q) {
            return new Question.Matching(info, q.pairs(), q.distractors());
        }
        if (question instanceof Question.Ordering q) {
            return new Question.Ordering(info, q.items(), q.scoring());
        }
        throw new IllegalArgumentException("unknown question type " + question);
    }

    /** The question shown in bank order: c1 is the first choice, l1 the first pair, i1 the first item. */
    public static PresentedQuestion inBankOrder(Question question) {
        return new PresentedQuestion(question, identityLayout(question));
    }

    /** The question shown with its choices, pairs or items in {@code order} (bank indices) and rights in bank order. */
    public static PresentedQuestion shuffled(Question question, Integer... order) {
        return new PresentedQuestion(question, new Layout(List.of(order), identityLayout(question).rightOrder()));
    }

    /** The question shown with its choices, pairs, items and right-hand options all in reverse bank order. */
    public static PresentedQuestion reversed(Question question) {
        Layout identity = identityLayout(question);
        List<Integer> order = new ArrayList<>(identity.order());
        List<Integer> rightOrder = new ArrayList<>(identity.rightOrder());
        Collections.reverse(order);
        Collections.reverse(rightOrder);
        return new PresentedQuestion(question, new Layout(order, rightOrder));
    }

    public static PresentedQuestion shown(Question question, Layout layout) {
        return new PresentedQuestion(question, layout);
    }

    public static Layout identityLayout(Question question) {
        int parts = 0;
        int rights = 0;
        if (question instanceof Question.SingleChoice q) {
            parts = q.choices().size();
        } else if (question instanceof Question.MultipleChoice q) {
            parts = q.choices().size();
        } else if (question instanceof Question.Matching q) {
            parts = q.pairs().size();
            rights = q.pairs().size() + q.distractors().size();
        } else if (question instanceof Question.Ordering q) {
            parts = q.items().size();
        }
        return new Layout(upTo(parts), upTo(rights));
    }

    private static List<Integer> upTo(int size) {
        return IntStream.range(0, size).boxed().toList();
    }

    private static List<Choice> choices(String... texts) {
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            boolean correct = texts[i].startsWith("*");
            String text = correct ? texts[i].substring(1) : texts[i];
            choices.add(new Choice(String.valueOf((char) ('a' + i)), text, correct, Optional.empty()));
        }
        return choices;
    }

    private static QuestionInfo info(String id) {
        return new QuestionInfo(id, "Prompt of " + id, List.of("a-fact"), BigDecimal.ONE, Set.of(), Optional.empty(),
                Optional.empty(), Location.startOf("test.yaml"));
    }
}
