package org.cyberpolicy.quiz.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A small, strict RFC 4180 reader for tests: records end with CRLF, fields in quotes may hold commas, quotes (doubled)
 * and line breaks. Anything else malformed (a bare LF ending a record, a quote inside an unquoted field, text after a
 * closing quote) fails, so that a test reading our CSV also checks that it is well formed.
 */
public final class Rfc4180 {

    private Rfc4180() {
    }

    public static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalArgumentException("unterminated quoted field at " + i);
                    }
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < n && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
            } else {
                while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    if (text.charAt(i) == '"') {
                        throw new IllegalArgumentException("quote inside an unquoted field at " + i);
                    }
                    field.append(text.charAt(i++));
                }
            }
            record.add(field.toString());
            field.setLength(0);
            if (i >= n) {
                throw new IllegalArgumentException("the last record does not end with CRLF");
            }
            char separator = text.charAt(i);
            if (separator == ',') {
                i++;
                if (i >= n) {
                    throw new IllegalArgumentException("a comma ends the text");
                }
            } else if (separator == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i += 2;
                records.add(record);
                record = new ArrayList<>();
            } else {
                throw new IllegalArgumentException("unexpected character " + (int) separator + " at " + i);
            }
        }
        return records;
    }
}
