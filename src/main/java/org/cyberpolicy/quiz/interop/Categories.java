package org.cyberpolicy.quiz.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Moodle's question categories, as GIFT's {@code $CATEGORY} and Moodle XML's category questions name them. */
public final class Categories {

    private Categories() {
    }

    /** {@code $course$/top/Policy/China} is the levels {@code Policy}, {@code China}: Moodle's own levels dropped. */
    public static List<String> levels(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            String p = part.strip();
            if (!p.isEmpty() && !p.startsWith("$") && !p.equalsIgnoreCase("top")
                    && !p.toLowerCase(Locale.ROOT).startsWith("default for")) {
                parts.add(p);
            }
        }
        return List.copyOf(parts);
    }
}
