package org.cyberpolicy.quiz.export;

import java.util.Arrays;
import java.util.List;

/**
 * A display name split into a first and a last name, for gradebooks that want them apart (Moodle's First name and
 * Last name, Canvas's "Last, First"). We keep one display name, so the split is a rule, documented in docs/export.md:
 * <ul>
 * <li>"Last, First" (one comma): what comes before the comma is the last name;</li>
 * <li>otherwise the last word is the last name, together with the lower-case words right before it
 * ("Ludwig van Beethoven": "Ludwig" and "van Beethoven");</li>
 * <li>a single word is a first name with an empty last name.</li>
 * </ul>
 * White space is collapsed. The LMS matches students by an id column, never by these names.
 */
public record PersonName(String first, String last) {

    public static PersonName split(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return new PersonName("", "");
        }
        String name = displayName.strip().replaceAll("\\s+", " ");
        int comma = name.indexOf(',');
        if (comma >= 0 && comma == name.lastIndexOf(',')) {
            String last = name.substring(0, comma).strip();
            String first = name.substring(comma + 1).strip();
            if (!last.isEmpty() && !first.isEmpty()) {
                return new PersonName(first, last);
            }
        }
        List<String> words = Arrays.asList(name.split(" "));
        if (words.size() == 1) {
            return new PersonName(name, "");
        }
        int lastStart = words.size() - 1;
        while (lastStart > 1 && startsLowerCase(words.get(lastStart - 1))) {
            lastStart--;
        }
        return new PersonName(String.join(" ", words.subList(0, lastStart)),
                String.join(" ", words.subList(lastStart, words.size())));
    }

    /** As Canvas writes a student: "Last, First", or the first name alone when there is no last name. */
    public String sortable() {
        return last.isEmpty() ? first : last + ", " + first;
    }

    private static boolean startsLowerCase(String word) {
        return Character.isLowerCase(word.codePointAt(0));
    }
}
