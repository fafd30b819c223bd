package org.cyberpolicy.quiz.marks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.MatchPair;
import org.cyberpolicy.quiz.bank.Question;

/**
 * A fingerprint of what grades a question: its type, its points and its answer key (with the fact values the key
 * came from, which the bank writes into the question when it loads). Wording, feedback, tags and the place in the
 * file are left out: fixing a typo in a prompt does not make attempts "graded against an older version".
 */
public final class AnswerKeys {

    private AnswerKeys() {
    }

    /** SHA-256 of the question's key, in hex (64 characters). */
    public static String fingerprint(Question question) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical(question).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether two versions of a question grade every response alike. */
    public static boolean sameKey(Question a, Question b) {
        return canonical(a).equals(canonical(b));
    }

    /** The key in one line of text, each value set apart by a character no bank text holds. */
    static String canonical(Question question) {
        StringBuilder key = new StringBuilder(question.type().yamlName()).append('\u0000')
                .append(question.points().stripTrailingZeros().toPlainString());
        if (question instanceof Question.SingleChoice single) {
            choices(key, single.choices());
        } else if (question instanceof Question.MultipleChoice multiple) {
            choices(key, multiple.choices());
            add(key, multiple.scoring().name());
        } else if (question instanceof Question.TrueFalse truth) {
            add(key, String.valueOf(truth.answer()));
        } else if (question instanceof Question.Numeric numeric) {
            add(key, numeric.answer().stripTrailingZeros().toPlainString());
            add(key, numeric.tolerance().stripTrailingZeros().toPlainString());
        } else if (question instanceof Question.DateAnswer date) {
            add(key, date.answer().toString());
            add(key, date.answer().precision().name());
        } else if (question instanceof Question.ShortAnswer text) {
            text.answers().forEach(answer -> add(key, answer));
        } else if (question instanceof Question.Matching matching) {
            for (MatchPair pair : matching.pairs()) {
                add(key, pair.left());
                add(key, pair.right());
            }
            add(key, "distractors");
            matching.distractors().forEach(distractor -> add(key, distractor));
        } else if (question instanceof Question.Ordering ordering) {
            ordering.items().forEach(item -> add(key, item));
            add(key, ordering.scoring().name());
        }
        return key.toString();
    }

    private static void choices(StringBuilder key, List<Choice> choices) {
        // A choice is known by its id (what a response's choice maps back to) and whether it is right.
        choices.forEach(choice -> add(key, choice.id() + "=" + choice.correct()));
    }

    private static void add(StringBuilder key, String value) {
        key.append('\u0000').append(value);
    }
}
