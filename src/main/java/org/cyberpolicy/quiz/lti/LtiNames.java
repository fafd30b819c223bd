package org.cyberpolicy.quiz.lti;

/** The display name of a platform's user, from what the platform shares, the same in a launch and in a roster. */
final class LtiNames {

    static final String UNNAMED = "Course member";
    private static final int LONGEST = 100;

    private LtiNames() {
    }

    /** The full name, else given and family names, else a neutral one; no control characters, at most 100 long. */
    static String displayName(String name, String given, String family) {
        String chosen = blank(name) ? null : name;
        if (chosen == null) {
            chosen = blank(given) ? (blank(family) ? null : family) : blank(family) ? given : given + " " + family;
        }
        if (chosen == null) {
            return UNNAMED;
        }
        chosen = chosen.replaceAll("\\p{Cntrl}", " ").strip();
        if (chosen.isEmpty()) {
            return UNNAMED;
        }
        return chosen.length() <= LONGEST ? chosen : chosen.substring(0, LONGEST);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
