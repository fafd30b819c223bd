package org.cyberpolicy.quiz.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cyberpolicy.quiz.account.RegistrationProblem.Field;

/**
 * Refuses new names that pass for staff: a student must not be able to appear to others, or to a reader of a
 * results table, as "Instructor" or as the account of a real instructor. Names are compared by their
 * {@link NameSkeleton}, so case, accents, spacing and punctuation, Cyrillic and Greek look-alikes and digits written
 * for letters change nothing; digits at the end are ignored too ({@code instructor2}, {@code admin_123}).
 * <ul>
 * <li>A role word ({@link #ROLES}: instructor, teacher, admin...) is refused as the whole name and as any word of it
 * ({@code Mr Teacher}, {@code admin.bob}); a word only has to be one of the name's words, so {@code badminton} or
 * {@code Rootes} stay allowed.</li>
 * <li>A name of the system itself ({@link #SYSTEM_NAMES}: root, support, quiz...) is refused as the whole name only,
 * since several are also surnames.</li>
 * <li>A name that looks like the username or the display name of an instructor account is refused, as a whole.</li>
 * </ul>
 * It does not catch a role word split across words ({@code Mr In structor}), a look-alike outside Cyrillic, Greek and
 * the usual digit substitutions, or a name that only resembles a staff name (one letter changed).
 */
public final class StaffLookalikes {

    /** Words for the people who run a course or the app. */
    static final List<String> ROLES = List.of("instructor", "teacher", "admin", "administrator", "moderator", "staff",
            "lecturer", "professor", "tutor");
    /** Names the system itself might sign with; refused only as a whole name. */
    static final List<String> SYSTEM_NAMES = List.of("root", "system", "sysadmin", "superuser", "support",
            "helpdesk", "webmaster", "postmaster", "security", "official", "quiz", "cyberpolicyquiz");

    /** Digits and separators at the end of a name: {@code instructor2}, {@code admin_123}. */
    private static final Pattern TRAILING_NUMBER = Pattern.compile("[\\s0-9._-]+$");
    private static final Pattern USERNAME_WORDS = Pattern.compile("[._-]+");
    private static final Pattern DISPLAY_WORDS = Pattern.compile("\\s+");

    /** An instructor account's names, as registration compares new names with them. */
    public record StaffName(String username, String displayName) {
    }

    private StaffLookalikes() {
    }

    public static List<RegistrationProblem> problems(String username, String displayName, List<StaffName> staff) {
        List<RegistrationProblem> problems = new ArrayList<>();
        reservedWord(username, USERNAME_WORDS).ifPresent(word -> problems.add(new RegistrationProblem(Field.USERNAME,
                "username looks like '" + word + "', which is kept for staff; choose one that does not")));
        if (problems.isEmpty() && looksLikeStaff(username, staff)) {
            problems.add(new RegistrationProblem(Field.USERNAME,
                    "username looks like the name of a staff account; choose one that does not"));
        }
        Optional<String> displayWord = reservedWord(displayName, DISPLAY_WORDS);
        displayWord.ifPresent(word -> problems.add(new RegistrationProblem(Field.DISPLAY_NAME,
                "display name looks like '" + word + "', which is kept for staff; choose a name that is clearly"
                        + " yours")));
        if (displayWord.isEmpty() && looksLikeStaff(displayName, staff)) {
            problems.add(new RegistrationProblem(Field.DISPLAY_NAME,
                    "display name looks like the name of a staff account; choose a name that is clearly yours"));
        }
        return problems;
    }

    /** The role or system word the name passes for, as a whole or (roles only) by one of its words. */
    private static Optional<String> reservedWord(String name, Pattern wordBreaks) {
        String whole = skeleton(name);
        if (whole.isEmpty()) {
            return Optional.empty();
        }
        for (String word : ROLES) {
            if (whole.equals(skeleton(word))) {
                return Optional.of(word);
            }
        }
        for (String word : SYSTEM_NAMES) {
            if (whole.equals(skeleton(word))) {
                return Optional.of(word);
            }
        }
        for (String part : wordBreaks.split(name.strip())) {
            String skeleton = skeleton(part);
            for (String word : ROLES) {
                if (!skeleton.isEmpty() && skeleton.equals(skeleton(word))) {
                    return Optional.of(word);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean looksLikeStaff(String name, List<StaffName> staff) {
        String skeleton = skeleton(name);
        if (skeleton.isEmpty()) {
            return false;
        }
        return staff.stream().anyMatch(member -> skeleton.equals(skeleton(member.username()))
                || skeleton.equals(skeleton(member.displayName())));
    }

    private static String skeleton(String name) {
        return name == null ? "" : NameSkeleton.of(TRAILING_NUMBER.matcher(name).replaceAll(""));
    }
}
