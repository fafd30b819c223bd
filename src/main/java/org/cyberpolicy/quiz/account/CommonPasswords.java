package org.cyberpolicy.quiz.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords guessed first, shipped with the app as {@code common-passwords.txt} beside this class: words and
 * patterns that head every published list of leaked passwords, keyboard walks, digit runs, seasons, months, common
 * names, and the words of this course and app. It is generated (the test class {@code CommonPasswordList} makes it,
 * and a test checks the file is what it makes); no list of real leaked passwords could be downloaded here, so it is
 * short next to one (a few thousand entries against millions) and knows nothing of any particular leak.
 * <p>
 * A password is common when, in lower case with spaces, dots, hyphens and underscores taken out, it is on the list;
 * or when what is left once digits and signs at either end are taken away is ({@code Summer2021!} is {@code summer});
 * or that core read with its look-alike digits and signs as letters ({@code P4ssw0rd1} is {@code password}).
 */
public final class CommonPasswords {

    /** Loaded once, on first use (not by {@link #compact}, which the list's generator uses), read-only afterwards. */
    private static final class Entries {
        static final Set<String> LIST = load();
    }

    private CommonPasswords() {
    }

    public static boolean contains(String password) {
        String compact = compact(password);
        String core = core(compact);
        Set<String> list = Entries.LIST;
        return list.contains(compact) || (!core.isEmpty() && (list.contains(core) || list.contains(unLeet(core, 'i'))
                || list.contains(unLeet(core, 'l'))));
    }

    /** How many entries the list has. */
    public static int size() {
        return Entries.LIST.size();
    }

    /** Lower case, compatibility forms folded (full-width letters, ligatures), without spaces, dots, hyphens or underscores. */
    public static String compact(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder compact = new StringBuilder(folded.length());
        folded.codePoints().filter(c -> !Character.isWhitespace(c) && c != '.' && c != '-' && c != '_')
                .forEach(compact::appendCodePoint);
        return compact.toString();
    }

    /** The text without the digits and signs at either end: what a password is once its decorations are gone. */
    public static String core(String compact) {
        int start = 0;
        int end = compact.length();
        while (start < end && !Character.isLetter(compact.codePointAt(start))) {
            start += Character.charCount(compact.codePointAt(start));
        }
        while (end > start && !Character.isLetter(compact.codePointBefore(end))) {
            end -= Character.charCount(compact.codePointBefore(end));
        }
        return compact.substring(start, end);
    }

    /**
     * The digits and signs people write for letters, read as those letters: {@code p@ssw0rd} is {@code password}.
     * A 1 stands for an i or an l, hence {@code one}.
     */
    static String unLeet(String text, char one) {
        StringBuilder letters = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            letters.append(switch (c) {
                case '0' -> 'o';
                case '1' -> one;
                case '!' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                case '8' -> 'b';
                default -> c;
            });
        }
        return letters.toString();
    }

    private static Set<String> load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the application");
            }
            Set<String> list = new HashSet<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("# ")) {
                    list.add(line.strip());
                }
            }
            return Set.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
