package org.cyberpolicy.quiz.bank;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which short answers are compared: case, surrounding and repeated white space, punctuation and
 * diacritics do not count, so "Hafnium", " hafnium. " and "HAFNIUM" are the same answer.
 */
public final class AnswerText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Joiners read as spaces, so that "state-sponsored" matches "state sponsored". */
    private static final Pattern JOINERS = Pattern.compile("[\\p{Pd}/_]+");
    private static final Pattern OTHER_PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private AnswerText() {
    }

    public static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        String spaced = JOINERS.matcher(plain).replaceAll(" ");
        String bare = OTHER_PUNCTUATION.matcher(spaced).replaceAll("");
        return SPACES.matcher(bare).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    public static boolean same(String a, String b) {
        return normalise(a).equals(normalise(b));
    }
}
