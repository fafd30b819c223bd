package org.cyberpolicy.quiz.bank.yaml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cyberpolicy.quiz.bank.Location;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads the plain block style that bank files are written in straight into {@link YamlNode}s, several times faster
 * than the general YAML parser, and gives up (an empty answer) on anything else, which the general parser then reads.
 * <p>
 * The contract: whenever this reader answers, its tree is the one the general parser would build, to the node, text,
 * kind, line and column (tested against it on generated documents). So it accepts only what it can read without
 * doubt: mappings of word-like keys, block sequences, one-line plain and quoted scalars, one-line flow lists and
 * mappings of those, and folded or
 * literal block scalars whose lines are all at one indentation. Anchors, aliases, tags, nested flow collections, multi-line
 * plain or quoted scalars, tabs, a repeated key, numbers other than plain decimals and characters the YAML reader
 * treats specially all send the file to the general parser, which also reports every error.
 */
final class BlockStyleYaml {

    /** The YAML 1.1 rules for what a plain scalar means (a number, true, null...), as the general parser applies them. */
    private final Resolver resolver = new Resolver();
    private final int maxDepth;

    BlockStyleYaml(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /** The document's root, when the whole file is in the block style read here; empty means "not read". */
    Optional<YamlNode> read(String file, String text) {
        Lines lines = Lines.of(text);
        if (lines == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Document(file, text, lines).root());
        } catch (NotBlockStyle e) {
            return Optional.empty();
        }
    }

    /** Thrown, without a stack trace, at the first thing this reader leaves to the general parser. */
    private static final class NotBlockStyle extends RuntimeException {
        private static final NotBlockStyle INSTANCE = new NotBlockStyle();

        private NotBlockStyle() {
            super(null, null, false, false);
        }
    }

    private static NotBlockStyle giveUp() {
        return NotBlockStyle.INSTANCE;
    }

    /**
     * The text cut into lines, each with its indentation and whether it holds anything but spaces and a comment.
     * Null when a character appears that the reader leaves to the general parser.
     */
    private record Lines(int[] start, int[] end, int[] indent, boolean[] content) {

        static Lines of(String text) {
            // One pass, each line found by indexOf and checked in a plain loop: this runs over every character of
            // a bank while the JVM is still cold, so it avoids a method call per character.
            int capacity = 16 + text.length() / 32;
            int[] start = new int[capacity];
            int[] end = new int[capacity];
            int[] indent = new int[capacity];
            boolean[] content = new boolean[capacity];
            int line = 0;
            int lineStart = 0;
            while (true) {
                int newline = text.indexOf('\n', lineStart);
                int lineEnd = newline < 0 ? text.length() : newline;
                if (newline > lineStart && text.charAt(newline - 1) == '\r') {
                    lineEnd--;
                }
                int spaces = 0;
                boolean counting = true;
                for (int i = lineStart; i < lineEnd; i++) {
                    char c = text.charAt(i);
                    if (c == ' ' && counting) {
                        spaces++;
                    } else {
                        counting = false;
                        if ((c < 0x20 || c > 0x7E) && !ordinary(c)) {
                            return null;
                        }
                    }
                }
                if (line == start.length) {
                    int grown = 2 * line;
                    start = Arrays.copyOf(start, grown);
                    end = Arrays.copyOf(end, grown);
                    indent = Arrays.copyOf(indent, grown);
                    content = Arrays.copyOf(content, grown);
                }
                start[line] = lineStart;
                end[line] = lineEnd;
                indent[line] = spaces;
                content[line] = lineStart + spaces < lineEnd && text.charAt(lineStart + spaces) != '#';
                line++;
                if (newline < 0) {
                    return new Lines(Arrays.copyOf(start, line), Arrays.copyOf(end, line),
                            Arrays.copyOf(indent, line), Arrays.copyOf(content, line));
                }
                lineStart = newline + 1;
            }
        }

        /**
         * Printable characters that YAML reads as themselves, one column each. Left out: tabs, control characters,
         * the line breaks YAML 1.1 adds (NEL, LS, PS), the byte order mark and surrogate pairs (a column each there).
         */
        private static boolean ordinary(char c) {
            return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
                    || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
        }

        int count() {
            return start.length;
        }
    }

    /** The reading of one file: a cursor over its lines. */
    private final class Document {
        private final String file;
        private final String text;
        private final Lines lines;
        /** The line being read: the next one with content, once {@link #skipToContent} has run. */
        private int line;

        Document(String file, String text, Lines lines) {
            this.file = file;
            this.text = text;
            this.lines = lines;
        }

        YamlNode root() {
            skipToContent();
            if (line < lines.count() && lineIs(line, "---")) {
                line++;
                skipToContent();
            }
            if (line >= lines.count()) {
                throw giveUp(); // an empty document: rare, and the general parser says what it means
            }
            int indent = lines.indent[line];
            if (keyEnd(line, lines.start[line] + indent) < 0) {
                throw giveUp();
            }
            YamlNode root = mapping(indent, lines.start[line] + indent, 1);
            if (line < lines.count()) {
                throw giveUp(); // something less indented than the root, or a second document
            }
            return root;
        }

        private boolean lineIs(int l, String word) {
            return withoutTrailingSpaces(text.substring(lines.start[l], lines.end[l])).equals(word);
        }

        /** YAML's own trimming: only the space counts (String.strip would also take Unicode spaces YAML keeps). */
        private static String withoutTrailingSpaces(String s) {
            int end = s.length();
            while (end > 0 && s.charAt(end - 1) == ' ') {
                end--;
            }
            return s.substring(0, end);
        }

        private void skipToContent() {
            while (line < lines.count() && !lines.content[line]) {
                line++;
            }
        }

        private Location at(int l, int offset) {
            return new Location(file, l + 1, offset - lines.start[l] + 1);
        }

        private int column(int offset) {
            return offset - lines.start[line];
        }

        /**
         * Where the key that starts at {@code offset} ends (the offset of its ':'), or -1 when the line does not
         * start a mapping entry there: a word-like key, then ':' and a space or the end of the line.
         */
        private int keyEnd(int l, int offset) {
            int end = lines.end[l];
            int i = offset;
            if (i >= end || !keyStart(text.charAt(i))) {
                return -1;
            }
            while (i < end && keyPart(text.charAt(i))) {
                i++;
            }
            if (i >= end || text.charAt(i) != ':') {
                return -1;
            }
            return i + 1 == end || text.charAt(i + 1) == ' ' ? i : -1;
        }

        private static boolean keyStart(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        }

        private static boolean keyPart(char c) {
            return keyStart(c) || (c >= '0' && c <= '9') || c == '-';
        }

        /** Whether the line starts a sequence entry at {@code offset}: a '-' then a space or the end of the line. */
        private boolean entryAt(int l, int offset) {
            int end = lines.end[l];
            return offset < end && text.charAt(offset) == '-' && (offset + 1 == end || text.charAt(offset + 1) == ' ');
        }

        private void checkDepth(int depth) {
            if (depth > maxDepth) {
                throw giveUp(); // the general parser names the limit
            }
        }

        /**
         * A block mapping whose keys sit at column {@code indent}; its first key starts at {@code offset} on the
         * current line (after a "- " when the mapping is a sequence entry).
         */
        private YamlNode.Mapping mapping(int indent, int offset, int depth) {
            checkDepth(depth);
            Location start = at(line, offset);
            List<YamlNode.Entry> entries = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            int keyOffset = offset;
            while (true) {
                int colon = keyEnd(line, keyOffset);
                if (colon < 0) {
                    throw giveUp();
                }
                String key = text.substring(keyOffset, colon);
                if (!keys.add(key)) {
                    throw giveUp(); // the general parser reports the repeated key
                }
                YamlNode.Scalar keyNode = new YamlNode.Scalar(key, YamlNode.Scalar.Kind.STRING, at(line, keyOffset));
                entries.add(new YamlNode.Entry(keyNode, valueAfterColon(colon, indent, depth + 1)));
                skipToContent();
                if (line >= lines.count() || lines.indent[line] < indent) {
                    return new YamlNode.Mapping(entries, start);
                }
                if (lines.indent[line] > indent) {
                    throw giveUp(); // a continuation line, or indentation YAML would read differently
                }
                keyOffset = lines.start[line] + indent;
            }
        }

        /** The value of a mapping entry whose ':' is at {@code colon} on the current line. */
        private YamlNode valueAfterColon(int colon, int mappingIndent, int depth) {
            int l = line;
            int i = skipSpaces(colon + 1);
            if (i >= lines.end[l] || text.charAt(i) == '#') {
                line++;
                skipToContent();
                if (line < lines.count()) {
                    int indent = lines.indent[line];
                    int offset = lines.start[line] + indent;
                    if (indent > mappingIndent) {
                        return entryAt(line, offset) ? sequence(indent, depth) : nestedMapping(indent, offset, depth);
                    }
                    if (indent == mappingIndent && entryAt(line, offset)) {
                        return sequence(indent, depth); // a list written at its key's indentation
                    }
                }
                checkDepth(depth);
                // Nothing after the ':' is an empty text placed just after it, as the general parser reads it.
                return new YamlNode.Scalar("", YamlNode.Scalar.Kind.STRING, at(l, colon + 1));
            }
            return inlineValue(i, mappingIndent, depth);
        }

        private YamlNode nestedMapping(int indent, int offset, int depth) {
            if (keyEnd(line, offset) < 0) {
                throw giveUp();
            }
            return mapping(indent, offset, depth);
        }

        /** A block sequence whose '-' marks sit at column {@code indent}, starting on the current line. */
        private YamlNode.Sequence sequence(int indent, int depth) {
            checkDepth(depth);
            Location start = at(line, lines.start[line] + indent);
            List<YamlNode> items = new ArrayList<>();
            while (line < lines.count() && lines.indent[line] == indent && entryAt(line, lines.start[line] + indent)) {
                int i = skipSpaces(lines.start[line] + indent + 1);
                if (i >= lines.end[line] || text.charAt(i) == '#' || entryAt(line, i)) {
                    throw giveUp(); // an entry on the lines below, or a list in a list
                }
                if (keyEnd(line, i) >= 0) {
                    items.add(mapping(column(i), i, depth + 1));
                } else {
                    items.add(inlineValue(i, indent, depth + 1));
                    skipToContent();
                }
                if (line < lines.count() && lines.indent[line] > indent) {
                    throw giveUp();
                }
            }
            return new YamlNode.Sequence(items, start);
        }

        private int skipSpaces(int i) {
            while (i < lines.end[line] && text.charAt(i) == ' ') {
                i++;
            }
            return i;
        }

        /**
         * A value that starts on the current line at {@code i}: a block scalar, a flow list or mapping, a quoted or a plain
         * scalar. Leaves the cursor on the line after it.
         */
        private YamlNode inlineValue(int i, int parentIndent, int depth) {
            checkDepth(depth);
            char first = text.charAt(i);
            if (first == '>' || first == '|') {
                return blockScalar(i, parentIndent);
            }
            YamlNode value;
            int after;
            if (first == '[' || first == '{') {
                Read flow = first == '[' ? flowList(i, depth) : flowMapping(i, depth);
                value = flow.node();
                after = flow.after();
            } else if (first == '\'' || first == '"') {
                int close = quotedEnd(i);
                value = new YamlNode.Scalar(unquote(i, close), YamlNode.Scalar.Kind.STRING, at(line, i));
                after = close + 1;
            } else {
                int end = plainEnd(i);
                value = plain(withoutTrailingSpaces(text.substring(i, end)), at(line, i));
                after = end;
            }
            endOfLine(after);
            line++;
            return value;
        }

        /**
         * Only spaces, or a comment after a space, may follow a value on its line; a plain scalar's end at
         * {@code i} may be the comment's '#' itself.
         */
        private void endOfLine(int i) {
            int j = skipSpaces(i);
            if (j == lines.end[line]) {
                return;
            }
            if (text.charAt(j) != '#' || text.charAt(j - 1) != ' ') {
                throw giveUp();
            }
        }

        /**
         * Where a plain scalar starting at {@code i} ends: at a comment or the end of the line. Gives up on a first
         * character YAML reads as an indicator, and on a ": " inside, which YAML reads as a mapping.
         */
        private int plainEnd(int i) {
            if ("-?:,[]{}#&*!|>'\"%@`".indexOf(text.charAt(i)) >= 0) {
                throw giveUp();
            }
            int end = lines.end[line];
            for (int j = i; j < end; j++) {
                char c = text.charAt(j);
                if (c == ':' && (j + 1 == end || text.charAt(j + 1) == ' ')) {
                    throw giveUp();
                }
                if (c == '#' && text.charAt(j - 1) == ' ') {
                    return j;
                }
            }
            return end;
        }

        /** A plain scalar, typed by YAML 1.1's rules as the general parser types it. */
        private YamlNode.Scalar plain(String value, Location location) {
            Tag tag = resolver.resolve(NodeId.scalar, value, true);
            if (tag == Tag.STR || tag == Tag.TIMESTAMP) {
                return new YamlNode.Scalar(value, YamlNode.Scalar.Kind.STRING, location);
            }
            if (tag == Tag.NULL) {
                return new YamlNode.Scalar("", YamlNode.Scalar.Kind.NULL, location);
            }
            if (tag == Tag.BOOL) {
                return new YamlNode.Scalar(value, YamlNode.Scalar.Kind.BOOLEAN, location);
            }
            if (tag == Tag.INT && plainDecimal(value, false)) {
                return new YamlNode.Scalar(value, YamlNode.Scalar.Kind.INTEGER, location);
            }
            if (tag == Tag.FLOAT && plainDecimal(value, true)) {
                return new YamlNode.Scalar(value, YamlNode.Scalar.Kind.DECIMAL, location);
            }
            throw giveUp(); // octal, hexadecimal, base 60, underscores, exponents...: the general parser decides
        }

        /** Digits without a leading zero ("0" itself aside), and with {@code point} one '.' between digits. */
        private static boolean plainDecimal(String value, boolean point) {
            int dot = value.indexOf('.');
            String whole = point ? (dot < 0 ? "" : value.substring(0, dot)) : value;
            if (!digits(whole) || (whole.length() > 1 && whole.charAt(0) == '0')) {
                return false;
            }
            return !point || digits(value.substring(dot + 1));
        }

        private static boolean digits(String s) {
            if (s.isEmpty()) {
                return false;
            }
            for (int k = 0; k < s.length(); k++) {
                if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                    return false;
                }
            }
            return true;
        }

        /** The offset of the quote that closes the quoted scalar opening at {@code i}, on the same line. */
        private int quotedEnd(int i) {
            char quote = text.charAt(i);
            int end = lines.end[line];
            for (int j = i + 1; j < end; j++) {
                char c = text.charAt(j);
                if (c == '\\' && quote == '"') {
                    throw giveUp(); // escapes
                }
                if (c == quote) {
                    if (quote == '\'' && j + 1 < end && text.charAt(j + 1) == '\'') {
                        j++;
                        continue;
                    }
                    return j;
                }
            }
            throw giveUp(); // continues on the next line
        }

        private String unquote(int open, int close) {
            String inside = text.substring(open + 1, close);
            return text.charAt(open) == '\'' ? inside.replace("''", "'") : inside;
        }

        /** A node read from a line, and the offset just after it. */
        private record Read(YamlNode node, int after) {
        }

        /**
         * A one-line flow list of plain or quoted scalars, such as {@code [a, 'b, c']}, opening at {@code open}.
         */
        private Read flowList(int open, int depth) {
            checkDepth(depth + 1);
            List<YamlNode> items = new ArrayList<>();
            int i = skipSpaces(open + 1);
            if (i < lines.end[line] && text.charAt(i) == ']') {
                return new Read(new YamlNode.Sequence(items, at(line, open)), i + 1);
            }
            while (true) {
                Read item = flowScalar(i);
                items.add(item.node());
                i = skipSpaces(item.after());
                if (i < lines.end[line] && text.charAt(i) == ']') {
                    return new Read(new YamlNode.Sequence(items, at(line, open)), i + 1);
                }
                i = afterComma(i, ']');
            }
        }

        /**
         * A one-line flow mapping of word-like keys to plain or quoted scalars, such as
         * {@code {answers: immediately, feedback: never}}, opening at {@code open}.
         */
        private Read flowMapping(int open, int depth) {
            checkDepth(depth + 1);
            List<YamlNode.Entry> entries = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            int end = lines.end[line];
            int i = skipSpaces(open + 1);
            if (i < end && text.charAt(i) == '}') {
                return new Read(new YamlNode.Mapping(entries, at(line, open)), i + 1);
            }
            while (true) {
                int colon = keyEnd(line, i);
                if (colon < 0 || colon + 1 >= end) {
                    throw giveUp();
                }
                String key = text.substring(i, colon);
                if (!keys.add(key)) {
                    throw giveUp();
                }
                YamlNode.Scalar keyNode = new YamlNode.Scalar(key, YamlNode.Scalar.Kind.STRING, at(line, i));
                Read value = flowScalar(skipSpaces(colon + 1));
                entries.add(new YamlNode.Entry(keyNode, value.node()));
                i = skipSpaces(value.after());
                if (i < end && text.charAt(i) == '}') {
                    return new Read(new YamlNode.Mapping(entries, at(line, open)), i + 1);
                }
                i = afterComma(i, '}');
            }
        }

        /** Past the ',' at {@code i} and the spaces after it; a comma before the closing bracket is left to YAML. */
        private int afterComma(int i, char close) {
            int end = lines.end[line];
            if (i >= end || text.charAt(i) != ',') {
                throw giveUp();
            }
            int next = skipSpaces(i + 1);
            if (next >= end || text.charAt(next) == close) {
                throw giveUp();
            }
            return next;
        }

        /** A plain or quoted scalar inside a flow collection, starting at {@code i}. */
        private Read flowScalar(int i) {
            int end = lines.end[line];
            if (i >= end) {
                throw giveUp();
            }
            char first = text.charAt(i);
            if (first == '\'' || first == '"') {
                int close = quotedEnd(i);
                return new Read(new YamlNode.Scalar(unquote(i, close), YamlNode.Scalar.Kind.STRING, at(line, i)),
                        close + 1);
            }
            int j = i;
            while (j < end && flowPlainPart(text.charAt(j))) {
                j++;
            }
            if (j == i || first == '-') {
                throw giveUp();
            }
            return new Read(plain(withoutTrailingSpaces(text.substring(i, j)), at(line, i)), j);
        }

        /** Characters of a plain scalar inside a flow collection; anything YAML could read as an indicator ends it. */
        private static boolean flowPlainPart(char c) {
            return ",[]{}:#?'\"&*!|>%@`".indexOf(c) < 0;
        }

        /**
         * A folded ({@code >}) or literal ({@code |}) block scalar, clipped or stripped ({@code -}), whose lines
         * below the indicator at {@code i} are all at one indentation, deeper than {@code parentIndent}. Folded as
         * the YAML parser folds: lines joined by a space, an empty line kept as a line break.
         */
        private YamlNode.Scalar blockScalar(int i, int parentIndent) {
            boolean folded = text.charAt(i) == '>';
            int headerEnd = i + 1;
            boolean strip = headerEnd < lines.end[line] && text.charAt(headerEnd) == '-';
            if (strip) {
                headerEnd++;
            }
            if (skipSpaces(headerEnd) != lines.end[line]) {
                throw giveUp(); // an indentation indicator, '+', or a comment on the indicator's line
            }
            Location location = at(line, i);
            int first = line + 1;
            if (first >= lines.count() || !lines.content[first] && lines.end[first] == lines.start[first] + lines.indent[first]) {
                throw giveUp(); // leading empty lines, or nothing
            }
            int indent = lines.indent[first];
            if (indent <= parentIndent || lines.end[first] == lines.start[first] + indent) {
                throw giveUp();
            }
            StringBuilder value = new StringBuilder();
            int breaks = 0;
            int l = first;
            while (true) {
                // l is a line of the scalar with text at exactly the indentation
                if (lines.indent[l] != indent) {
                    throw giveUp(); // a more indented line: other folding rules
                }
                value.append("\n".repeat(breaks));
                value.append(text, lines.start[l] + indent, lines.end[l]);
                boolean lastLineOfFile = l + 1 >= lines.count();
                int next = l + 1;
                breaks = 0;
                while (next < lines.count() && blank(next, indent)) {
                    breaks++;
                    next++;
                }
                boolean continues = next < lines.count() && lines.indent[next] >= indent
                        && lines.end[next] > lines.start[next] + indent;
                if (!continues) {
                    if (!strip && !lastLineOfFile) {
                        value.append('\n');
                    }
                    line = next;
                    return new YamlNode.Scalar(value.toString(), YamlNode.Scalar.Kind.STRING, location);
                }
                if (!folded || lines.indent[next] != indent) {
                    value.append('\n');
                } else if (breaks == 0) {
                    value.append(' ');
                }
                l = next;
            }
        }

        /** A line inside a block scalar with nothing but, at most, the scalar's indentation in spaces. */
        private boolean blank(int l, int indent) {
            return lines.end[l] == lines.start[l] + lines.indent[l] && lines.indent[l] <= indent;
        }
    }
}
