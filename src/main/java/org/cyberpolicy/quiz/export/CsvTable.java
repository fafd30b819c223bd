package org.cyberpolicy.quiz.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Rows as UTF-8 CSV with a header record; with {@code bom}, a byte order mark first, for Excel. */
public final class CsvTable implements Table {

    /** The byte order mark, U+FEFF: Excel reads a CSV file as UTF-8 only when it starts with one. */
    static final char BOM = '\uFEFF';

    private final BufferedWriter out;
    private final CsvWriter csv;
    private final boolean bom;

    public CsvTable(OutputStream stream, boolean bom) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        this.csv = new CsvWriter(out);
        this.bom = bom;
    }

    @Override
    public void columns(List<String> names) throws IOException {
        if (bom) {
            out.write(BOM);
        }
        csv.record(names);
    }

    @Override
    public void row(List<Cell> cells) throws IOException {
        for (Cell cell : cells) {
            write(cell);
        }
        csv.endRecord();
    }

    private void write(Cell cell) throws IOException {
        if (cell instanceof Cell.Text text) {
            csv.text(text.value());
        } else if (cell instanceof Cell.Decimal decimal) {
            csv.plain(decimal.plain());
        } else if (cell instanceof Cell.Whole whole) {
            csv.plain(Long.toString(whole.value()));
        } else if (cell instanceof Cell.Time time) {
            csv.plain(time.iso());
        } else if (cell instanceof Cell.Flag flag) {
            csv.plain(Boolean.toString(flag.value()));
        } else if (cell instanceof Cell.Ids ids) {
            // Ids are written by bank authors: neutralised like any text.
            csv.text(String.join(" ", ids.values()));
        } else if (cell instanceof Cell.Json json) {
            // A stored response holds what the student typed (a short answer may start with "="): neutralised too.
            csv.text(json.text());
        } else {
            csv.plain("");
        }
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
