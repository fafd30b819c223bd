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
        String ascii = asciiNormalised(text);
        return ascii != null ? ascii : general(text);
    }

    /** Normalisation for any text: decomposed, marks dropped, joiners as spaces, punctuation dropped. */
    static String general(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        String spaced = JOINERS.matcher(plain).replaceAll(" ");
        String bare = OTHER_PUNCTUATION.matcher(spaced).replaceAll("");
        return SPACES.matcher(bare).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The same result as the general path for printable ASCII text (and its white space), in one pass and without
     * regular expressions: a bank's texts are mostly ASCII, and generating questions from many facts normalises many
     * of them. Null for any other text.
     */
    static String asciiNormalised(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 127) {
                return null;
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            } else if (c == '-' || c == '/' || c == '_' || c == ' ' || (c >= '\t' && c <= '\r')) {
                // Joiners and white space separate words.
                space = true;
            } else if (c < ' ') {
                return null;
            }
            // Any other printable ASCII character is punctuation or a symbol: dropped, joining what it separated.
        }
        return out.toString();
    }

    public static boolean same(String a, String b) {
        return normalise(a).equals(normalise(b));
    }
}
