package org.cyberpolicy.quiz.storage;

import java.util.Locale;

/** Tells an H2 file database's JDBC URL from the others (in-memory, server, or another database altogether). */
public final class H2FileUrl {

    private H2FileUrl() {
    }

    /** {@code jdbc:h2:file:...} or a bare path such as {@code jdbc:h2:./data/quiz}; not {@code mem:}, {@code tcp:}... */
    public static boolean isH2File(String jdbcUrl) {
        String url = jdbcUrl.strip().toLowerCase(Locale.ROOT);
        if (!url.startsWith("jdbc:h2:")) {
            return false;
        }
        String rest = url.substring("jdbc:h2:".length());
        if (rest.startsWith("file:")) {
            return true;
        }
        // Other prefixes (split:, async:, nio:...) are ways of writing a file, so they count as files.
        for (String other : new String[] { "mem:", "tcp:", "ssl:", "zip:", "memfs:", "memlzf:" }) {
            if (rest.startsWith(other)) {
                return false;
            }
        }
        return true;
    }
}
