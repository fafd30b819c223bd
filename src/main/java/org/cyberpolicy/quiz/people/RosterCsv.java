package org.cyberpolicy.quiz.people;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cyberpolicy.quiz.Refusal;

/**
 * Reads a roster file (docs/people.md, "Roster"): UTF-8 with or without a byte order mark, a header row naming the
 * columns {@code username}, {@code display name}, {@code student number}, {@code email} and {@code section} (the first
 * two required, the others optional, in any order, any case), fields separated by commas or by semicolons (whichever
 * the header uses), quoted as in RFC 4180 where they hold a separator, a quote or a line break. Pure: it reads text and
 * says what each line holds, or why the file cannot be read at all.
 */
public final class RosterCsv {

    /** The columns a roster may have, as the header names them. */
    public enum Column {
        USERNAME("username"), DISPLAY_NAME("display name"), STUDENT_NUMBER("student number"), EMAIL("email"),
        SECTION("section");

        final String header;

        Column(String header) {
            this.header = header;
        }
    }

    /** One line of the roster after the header: its number in the file (the header is line 1), and its fields. */
    public record Line(int line, Map<Column, String> values, Optional<String> problem) {

        public String get(Column column) {
            return values.getOrDefault(column, "");
        }
    }

    /** What a refusal of the whole file says. */
    public static final String NOT_READ = "The roster could not be read.";

    private RosterCsv() {
    }

    /**
     * The roster's lines; blank lines are skipped.
     *
     * @throws Refusal (400) when the file is not UTF-8, has no header, names an unknown or repeated column, lacks a
     *                 required one, has a quote left open, or has more than {@code maxRows} lines
     */
    public static List<Line> parse(byte[] bytes, int maxRows) {
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int headerEnd = text.indexOf('\n');
        String headerLine = headerEnd < 0 ? text : text.substring(0, headerEnd);
        char separator = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
        List<List<String>> records = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        split(text, separator, records, lineNumbers);
        if (records.isEmpty() || records.get(0).stream().allMatch(String::isBlank)) {
            throw Refusal.invalid(NOT_READ, List.of("line 1: the header row is missing (username,display name,"
                    + "student number,email,section)"));
        }
        List<Column> columns = header(records.get(0));
        if (records.size() - 1 > maxRows) {
            throw Refusal.invalid(NOT_READ, List.of("the roster has " + (records.size() - 1) + " rows; at most "
                    + maxRows + " are read at once"));
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> fields = records.get(i);
            if (fields.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<Column, String> values = new java.util.EnumMap<>(Column.class);
            for (int c = 0; c < Math.min(fields.size(), columns.size()); c++) {
                values.put(columns.get(c), fields.get(c).strip());
            }
            Optional<String> problem = fields.size() > columns.size()
                    && fields.subList(columns.size(), fields.size()).stream().anyMatch(f -> !f.isBlank())
                            ? Optional.of("the row has " + fields.size() + " fields but the header names "
                                    + columns.size() + " columns")
                            : Optional.empty();
            lines.add(new Line(lineNumbers.get(i), values, problem));
        }
        return lines;
    }

    private static List<Column> header(List<String> names) {
        List<Column> columns = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String name : names) {
            String wanted = name.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
            Optional<Column> column = java.util.Arrays.stream(Column.values()).filter(c -> c.header.equals(wanted))
                    .findFirst();
            if (column.isEmpty()) {
                problems.add("line 1: unknown column '" + shortened(name.strip()) + "' (the columns are username,"
                        + " display name, student number, email, section)");
            } else if (columns.contains(column.get())) {
                problems.add("line 1: the column '" + column.get().header + "' is named twice");
            } else {
                columns.add(column.get());
            }
        }
        for (Column required : List.of(Column.USERNAME, Column.DISPLAY_NAME)) {
            if (!columns.contains(required) && problems.isEmpty()) {
                problems.add("line 1: the column '" + required.header + "' is missing");
            }
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(NOT_READ, problems);
        }
        return columns;
    }

    /** RFC 4180 records; a line break inside quotes belongs to the field. */
    private static void split(String text, char separator, List<List<String>> records, List<Integer> lineNumbers) {
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
                any = true;
            } else if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                records.add(record);
                lineNumbers.add(recordLine);
                record = new ArrayList<>();
                field.setLength(0);
                any = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw Refusal.invalid(NOT_READ, List.of("line " + recordLine + ": a quoted field is never closed"));
        }
        if (any || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
            lineNumbers.add(recordLine);
        }
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw Refusal.invalid(NOT_READ, List.of("the roster is not UTF-8 text; save it as \"CSV UTF-8\""));
        }
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }

    static String shortened(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "\u2026";
    }
}
