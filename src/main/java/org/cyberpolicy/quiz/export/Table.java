package org.cyberpolicy.quiz.export;

import java.io.IOException;
import java.util.List;

/** Where an export writes its rows, one at a time, in CSV or JSON: nothing is collected before it is written. */
public interface Table {

    /** Names the columns; called once, before any row. */
    void columns(List<String> names) throws IOException;

    /** Writes one row, with one cell per column. */
    void row(List<Cell> cells) throws IOException;

    /** Ends the output (closes the JSON array) and flushes it. */
    void finish() throws IOException;
}
