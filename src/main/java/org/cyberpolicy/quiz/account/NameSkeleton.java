package org.cyberpolicy.quiz.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * What a name looks like, reduced so that names a reader cannot tell apart reduce to the same text: the idea of
 * Unicode's confusable "skeletons" (UTS #39), with a small table instead of the whole one. In order:
 * <ol>
 * <li>NFKC: full-width letters, ligatures, circled and mathematical letters ({@code ｉｎｓｔｒｕｃｔｏｒ}, {@code 𝐀dmin})
 * become plain ones;</li>
 * <li>lower case, then accents and other combining marks dropped ({@code Ínstructor});</li>
 * <li>Cyrillic and Greek letters that look like Latin ones become those ({@code Іnstructor} with a Cyrillic І,
 * {@code Аdmin} with a Cyrillic А, {@code Τeacher} with a Greek Tau), and so do digits and signs that pass for letters
 * ({@code 1nstructor}, {@code Adm1n}, {@code r00t}); i, l, 1 and | all become l, since many fonts draw them alike;</li>
 * <li>letter pairs that pass for one letter become it ({@code rn} for m, {@code vv} for w, {@code cl} for d);</li>
 * <li>everything that is not a letter or a digit goes: spaces, dots, hyphens, underscores, invisible joiners.</li>
 * </ol>
 * It does not know every script: a look-alike from Armenian or Cherokee, say, is not caught.
 */
public final class NameSkeleton {

    /** Look-alikes of Latin letters, after lower-casing (so only lower-case forms are needed). */
    private static final Map<Integer, String> LOOK_ALIKES = Map.ofEntries(
            // Cyrillic
            Map.entry(0x0430, "a"), Map.entry(0x0432, "b"), Map.entry(0x0441, "c"), Map.entry(0x0501, "d"),
            Map.entry(0x0435, "e"), Map.entry(0x0451, "e"), Map.entry(0x04BB, "h"), Map.entry(0x043D, "h"),
            Map.entry(0x0456, "l"), Map.entry(0x0457, "l"), Map.entry(0x04CF, "l"), Map.entry(0x0458, "j"),
            Map.entry(0x043A, "k"), Map.entry(0x043C, "m"), Map.entry(0x043E, "o"), Map.entry(0x0440, "p"),
            Map.entry(0x051B, "q"), Map.entry(0x0455, "s"), Map.entry(0x0442, "t"), Map.entry(0x0443, "y"),
            Map.entry(0x04AF, "y"), Map.entry(0x0445, "x"), Map.entry(0x051D, "w"), Map.entry(0x0475, "v"),
            Map.entry(0x0433, "r"),
            // Greek
            Map.entry(0x03B1, "a"), Map.entry(0x03B2, "b"), Map.entry(0x03B5, "e"), Map.entry(0x03B7, "n"),
            Map.entry(0x03B9, "l"), Map.entry(0x03BA, "k"), Map.entry(0x03BD, "v"), Map.entry(0x03BF, "o"),
            Map.entry(0x03C1, "p"), Map.entry(0x03C4, "t"), Map.entry(0x03C5, "u"), Map.entry(0x03C7, "x"),
            Map.entry(0x03B3, "y"), Map.entry(0x03C9, "w"), Map.entry(0x03B6, "z"), Map.entry(0x03BC, "u"),
            // Latin letters and signs drawn like others
            Map.entry((int) 'i', "l"), Map.entry(0x0131, "l"), Map.entry(0x0269, "l"), Map.entry((int) '|', "l"),
            Map.entry(0x01C0, "l"), Map.entry((int) '!', "l"), Map.entry(0x0142, "l"), Map.entry(0x0251, "a"),
            Map.entry(0x0237, "j"), Map.entry(0x0138, "k"), Map.entry(0x00DF, "b"), Map.entry(0x0261, "g"),
            // Digits and signs written for letters
            Map.entry((int) '0', "o"), Map.entry((int) '1', "l"), Map.entry((int) '3', "e"), Map.entry((int) '4', "a"),
            Map.entry((int) '5', "s"), Map.entry((int) '7', "t"), Map.entry((int) '8', "b"), Map.entry((int) '@', "a"),
            Map.entry((int) '$', "s"));

    private NameSkeleton() {
    }

    public static String of(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String bare = Normalizer.normalize(folded, Normalizer.Form.NFD);
        StringBuilder skeleton = new StringBuilder(bare.length());
        bare.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                return;
            }
            String latin = LOOK_ALIKES.get(c);
            if (latin != null) {
                skeleton.append(latin);
            } else if (Character.isLetterOrDigit(c)) {
                skeleton.appendCodePoint(c);
            }
        });
        return skeleton.toString().replace("rn", "m").replace("vv", "w").replace("cl", "d");
    }
}
