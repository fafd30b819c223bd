package org.cyberpolicy.quiz.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as RFC 4180 describes it: fields separated by commas, records ended by CRLF, a field quoted when it holds
 * a quote, a comma, a CR or an LF, and a quote inside a quoted field doubled.
 * <p>
 * Text that came from people (names, titles, answers) is also neutralised against spreadsheet formula injection, as
 * OWASP recommends: a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * gets a single quote in front, so that Excel, LibreOffice and Google Sheets show it as text instead of running it.
 * Numbers, times and flags the export computes itself are written as they are: they are never formulas, and a
 * spreadsheet must still read them as numbers.
 */
public final class CsvWriter {

    private static final String RECORD_END = "\r\n";

    private final Writer out;
    private boolean firstInRecord = true;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** A cell of text from people or the bank: neutralised, then quoted if needed. Null is an empty cell. */
    public CsvWriter text(String value) throws IOException {
        return field(value == null ? "" : quoted(neutralised(value)));
    }

    /** A cell the export produced itself (a number, a time, a flag, an id list): quoted if needed, never altered. */
    public CsvWriter plain(String value) throws IOException {
        return field(value == null ? "" : quoted(value));
    }

    /** Ends the current record. */
    public CsvWriter endRecord() throws IOException {
        out.write(RECORD_END);
        firstInRecord = true;
        return this;
    }

    /** A whole record of text cells, such as a header. */
    public CsvWriter record(List<String> texts) throws IOException {
        for (String text : texts) {
            text(text);
        }
        return endRecord();
    }

    public void flush() throws IOException {
        out.flush();
    }

    private CsvWriter field(String encoded) throws IOException {
        if (!firstInRecord) {
            out.write(',');
        }
        out.write(encoded);
        firstInRecord = false;
        return this;
    }

    /** The value with a leading {@code '} when a spreadsheet would take its first character as the start of a formula. */
    static String neutralised(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + value : value;
    }

    /** The value as an RFC 4180 field: in quotes, with inner quotes doubled, when it holds a quote, comma, CR or LF. */
    static String quoted(String value) {
        boolean needsQuotes = false;
        for (int i = 0; i < value.length() && !needsQuotes; i++) {
            char c = value.charAt(i);
            needsQuotes = c == '"' || c == ',' || c == '\r' || c == '\n';
        }
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
