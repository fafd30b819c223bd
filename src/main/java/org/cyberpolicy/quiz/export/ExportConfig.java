package org.cyberpolicy.quiz.export;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How exports read the database. */
@ConfigMapping(prefix = "quiz.export")
public interface ExportConfig {

    /**
     * How many rows the JDBC driver is asked to fetch at a time while an export streams. Exports read through a
     * forward-only cursor and write each row as it comes, so memory stays the same whatever the number of rows.
     * Default 500.
     */
    @WithDefault("500")
    int fetchSize();
}
