package org.cyberpolicy.quiz.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.cyberpolicy.quiz.account.RegistrationProblem.Field;

/**
 * What makes a password acceptable. Each refusal says what to change. The rules are those of NIST SP 800-63B for
 * memorised secrets: a minimum length, no composition rules (no "one digit and one capital"), and no password that
 * attackers try first: common ones ({@link CommonPasswords}), one character or a short group repeated, runs like
 * {@code abcdefghij}, and the account's own names.
 */
public final class PasswordRules {

    public static final int MIN_CHARACTERS = 10;
    /**
     * bcrypt reads only the first 72 bytes of a password: anything beyond is ignored, so a longer password would sign
     * in with just its first 72 bytes. Longer ones are refused rather than silently cut.
     */
    public static final int MAX_BYTES = 72;
    /** The longest group of characters whose repetition is refused ({@code abcabcabca}). */
    private static final int LONGEST_REPEATED_GROUP = 4;
    /** Names shorter than this are not looked for in the password: too many good passwords would hold them. */
    private static final int SHORTEST_NAME_LOOKED_FOR = 3;

    private static final String INSTEAD = "; a few unrelated words make a strong one";

    private PasswordRules() {
    }

    /** The rules that need nothing but the password: length, repetition, runs, the list of common passwords. */
    public static List<RegistrationProblem> strength(String password) {
        List<RegistrationProblem> problems = new ArrayList<>();
        if (password.isBlank()) {
            problems.add(problem("password is required"));
            return problems;
        }
        if (password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
            problems.add(problem("password must be at least " + MIN_CHARACTERS + " characters long"));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add(problem("password must be at most " + MAX_BYTES + " bytes long: that is " + MAX_BYTES
                    + " letters, digits or signs without accents, fewer with accented letters, other alphabets or"
                    + " emoji; shorten it"));
        }
        String compact = CommonPasswords.compact(password);
        if (isRepetition(compact)) {
            problems.add(problem("password must not be one character or a short group of characters repeated"
                    + " (like aaaaaaaaaa or abcabcabca)" + INSTEAD));
        } else if (isRun(compact)) {
            problems.add(problem("password must not be a run of letters or digits in order (like abcdefghij or"
                    + " 9876543210)" + INSTEAD));
        } else if (CommonPasswords.contains(password)) {
            problems.add(problem("password is too common: it is on the list of passwords that are tried first"
                    + " (digits and signs around a common word do not help)" + INSTEAD));
        }
        return problems;
    }

    /**
     * The rules about the account's own names: someone who knows the username or display name tries them first.
     * Names are compared as {@link CommonPasswords#compact} writes them, so case, spaces, dots and hyphens change
     * nothing.
     */
    public static List<RegistrationProblem> personal(String password, String username, String displayName) {
        List<RegistrationProblem> problems = new ArrayList<>();
        String compact = CommonPasswords.compact(password);
        if (holds(compact, username)) {
            problems.add(problem("password must not contain your username"));
        }
        if (holds(compact, displayName)) {
            problems.add(problem("password must not contain your display name"));
        }
        return problems;
    }

    private static boolean holds(String compactPassword, String name) {
        String compactName = name == null ? "" : CommonPasswords.compact(name);
        return compactName.codePointCount(0, compactName.length()) >= SHORTEST_NAME_LOOKED_FOR
                && compactPassword.contains(compactName);
    }

    /** One character, or a group of up to four, over and over ({@code 1212121212}, {@code abcabcabca}). */
    static boolean isRepetition(String text) {
        int[] points = text.codePoints().toArray();
        for (int group = 1; group <= LONGEST_REPEATED_GROUP && group < points.length; group++) {
            boolean repeats = true;
            for (int i = group; i < points.length && repeats; i++) {
                repeats = points[i] == points[i - group];
            }
            if (repeats) {
                return true;
            }
        }
        return false;
    }

    /** Each character the one after or before the last: {@code abcdefghij}, {@code 9876543210}, {@code 7890123456}. */
    static boolean isRun(String text) {
        int[] points = text.codePoints().toArray();
        if (points.length < 2) {
            return false;
        }
        int step = stepBetween(points[0], points[1]);
        if (step != 1 && step != -1) {
            return false;
        }
        for (int i = 2; i < points.length; i++) {
            if (stepBetween(points[i - 1], points[i]) != step) {
                return false;
            }
        }
        return true;
    }

    /** The step from one character to the next; digits go round (9 then 0 is a step of 1). */
    private static int stepBetween(int from, int to) {
        if (Character.isDigit(from) && Character.isDigit(to) && from <= '9' && to <= '9') {
            int step = Math.floorMod(to - from, 10);
            return step == 9 ? -1 : step;
        }
        return to - from;
    }

    private static RegistrationProblem problem(String message) {
        return new RegistrationProblem(Field.PASSWORD, message);
    }
}
