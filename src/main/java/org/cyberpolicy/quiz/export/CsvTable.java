package org.cyberpolicy.quiz.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;

/** Rows as UTF-8 CSV with a header record; with {@code bom}, a byte order mark first, for Excel. */
public final class CsvTable implements Table {

    /** The byte order mark, U+FEFF: Excel reads a CSV file as UTF-8 only when it starts with one. */
    static final char BOM = '\uFEFF';

    private final Writer out;
    private final CsvWriter csv;
    private final boolean bom;

    public CsvTable(OutputStream stream, boolean bom) {
        this.out = new Utf8Writer(stream);
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
        } else if (cell instanceof Cell.Lines lines) {
            csv.text(String.join(Cell.LINE_SEPARATOR, lines.values()));
        } else if (cell instanceof Cell.Json json) {
            if (isNumber(json.text())) {
                // A JSON number (valid JSON, written by ResponseCodec) is digits, a sign, a point and an exponent:
                // never a formula, and "-5" must stay a number for the spreadsheet.
                csv.plain(json.text());
            } else {
                // Other responses hold what the student typed (a short answer may start with "="): neutralised.
                csv.text(json.text());
            }
        } else {
            csv.plain("");
        }
    }

    /** Whether stored JSON is a number: in valid JSON, only a number starts with a minus sign or a digit. */
    static boolean isNumber(String json) {
        if (json.isEmpty()) {
            return false;
        }
        char first = json.charAt(0);
        return (first == '-' || (first >= '0' && first <= '9'))
                && json.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e'
                        || c == 'E');
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
