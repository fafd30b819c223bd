package org.cyberpolicy.quiz.bank.yaml;

import java.util.List;
import java.util.Random;

/**
 * Random YAML documents shaped like bank files (mappings, lists, scalars of every YAML 1.1 type, block scalars),
 * then sometimes damaged (a tab, a shifted line, an anchor, a stray character), from a fixed seed: the same
 * documents on every run.
 */
final class DocumentGenerator {

    private static final List<String> SCALARS = List.of("plain text", "It's a test", "C#", "a #b", "a#b", "yes", "No",
            "ON", "off", "y", "n", "true", "False", "~", "null", "Null", "NULL", "0", "7", "42", "007", "0x1F",
            "0b101", "1_000", "+5", "-5", "1.5", "0.25", "01.5", "1e3", "1.5e3", ".5", ".inf", ".NaN", "12:30",
            "1:20:30", "2021-07-19", "2021-07", "2021", "2001-12-14t21:59:43.10-05:00", "<<", "=", "a: b", "a:b",
            "http://x.y/z?q=1", "trailing:", "'single'", "'it''s'", "''", "'  spaced  '", "\"double\"",
            "\"esc\\n\"", "\"\"", "\"a 'b' c\"", "[a, b]", "[]", "[ a , b ]", "['a, b', \"c\"]", "[a,]", "[a, [b]]",
            "[-a]", "[a: b]", "[yes, 1, 1.5, ~, 2021-07-19]", "{a: b}", "{answers: immediately, feedback: never}", "{a: 1, b: 'x, y'}", "{ a : b }", "{a: b,}", "{a:b}", "{}", "&anc x", "*anc", "!tag x", "!!str 5", "% x",
            "@x", "`x", "|x", ">x", "Žluťoučký kůň", "日本語", "café", "x\u3000", "emoji \uD83D\uDE00", "tab\there",
            "-", "- x", "? x", "a  # comment", "multi   word   value", "ends with space ", "a\u00A0b", "x\u2028y",
            "control\u0007", "del\u007F", "bom\uFEFF", "under_score", "semi;colon", "percent 50%", "comma, here",
            "brackets [x]", "braces {x}", "pipe | here", "gt > here", "star * here", "amp & here", "bang ! here");
    /** What bank files mostly hold, so that most documents stay in the block style and deep trees get compared. */
    private static final List<String> COMMON = List.of("plain text", "It's a test", "2021-07-19", "7", "1.5", "yes",
            "'quoted'", "[a, b]", "{a: b}", "\"double\"", "a # c", "C#", "Žluťoučký kůň", "~", "[x]", "0", "a:b");
    private static final List<String> KEYS = List.of("id", "type", "prompt", "facts", "tags", "value", "kind",
            "feedback", "answer", "yes", "null", "a-b", "a_b", "K2", "on", "x");

    private final Random random;

    DocumentGenerator(long seed) {
        this.random = new Random(seed);
    }

    String next() {
        StringBuilder out = new StringBuilder();
        if (chance(10)) {
            out.append("---\n");
        }
        if (chance(20)) {
            out.append("# a comment\n");
        }
        mapping(out, 0, "", 1 + random.nextInt(4), 0);
        String text = out.toString();
        if (chance(40)) {
            text = damage(text);
        }
        if (chance(10)) {
            text = text.replace("\n", "\r\n");
        }
        if (chance(10) && text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Entries at {@code indent}; the first written after {@code firstPrefix} (a "- " of a list) on its line. */
    private void mapping(StringBuilder out, int indent, String firstPrefix, int entries, int depth) {
        for (int e = 0; e < entries; e++) {
            if (e == 0) {
                out.append(firstPrefix);
            } else {
                out.append(" ".repeat(indent));
            }
            out.append(e == 0 || !chance(5) ? pick(KEYS) + e : pick(KEYS));
            out.append(':');
            value(out, indent, depth);
            if (chance(8)) {
                out.append(chance(50) ? "\n" : " ".repeat(random.nextInt(6)) + "\n");
            }
            if (chance(5)) {
                out.append(" ".repeat(random.nextInt(indent + 3))).append("# note\n");
            }
        }
    }

    private void value(StringBuilder out, int indent, int depth) {
        int choice = random.nextInt(100);
        if (depth < 4 && choice < 15) {
            int inner = indent + 1 + random.nextInt(4);
            out.append('\n');
            mapping(out, inner, " ".repeat(inner), 1 + random.nextInt(3), depth + 1);
        } else if (depth < 4 && choice < 30) {
            int at = chance(40) ? indent : indent + 1 + random.nextInt(3);
            out.append('\n');
            sequence(out, at, depth + 1);
        } else if (choice < 42) {
            blockScalar(out, indent);
        } else if (choice < 47) {
            out.append(chance(50) ? "\n" : "   # empty\n");
        } else {
            out.append(" ".repeat(1 + (chance(10) ? random.nextInt(3) : 0))).append(scalar());
            if (chance(10)) {
                out.append("  # trailing comment");
            }
            out.append('\n');
        }
    }

    private String scalar() {
        return chance(60) ? pick(COMMON) : pick(SCALARS);
    }

    private void sequence(StringBuilder out, int indent, int depth) {
        int items = 1 + random.nextInt(4);
        for (int i = 0; i < items; i++) {
            String dash = " ".repeat(indent) + "-" + " ".repeat(1 + (chance(10) ? random.nextInt(3) : 0));
            if (depth < 4 && chance(40)) {
                mapping(out, dash.length(), dash, 1 + random.nextInt(3), depth + 1);
            } else if (chance(10)) {
                out.append(dash.stripTrailing());
                blockScalar(out, indent);
            } else {
                out.append(dash).append(scalar()).append('\n');
            }
        }
    }

    private void blockScalar(StringBuilder out, int parentIndent) {
        out.append(' ').append((chance(80) ? pick(List.of(">-", ">", "|", "|-")) : pick(List.of(">+", "|2", ">-  # c", ">-x"))));
        out.append('\n');
        int indent = parentIndent + (chance(10) ? 0 : 1 + random.nextInt(4));
        if (chance(8)) {
            out.append('\n');
        }
        int lines = 1 + random.nextInt(5);
        for (int l = 0; l < lines; l++) {
            int extra = chance(8) ? 1 + random.nextInt(3) : 0;
            out.append(" ".repeat(indent + extra)).append(pick(List.of("one line", "two words", "# hash", "x: y",
                    "- dash", "trailing  ", "end."))).append('\n');
            if (chance(20)) {
                int spaces = random.nextInt(indent + 3);
                out.append(" ".repeat(spaces)).append('\n');
            }
        }
    }

    /** One small change of the kind people make by hand, or that YAML treats specially. */
    private String damage(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int at = random.nextInt(text.length());
        String insert = pick(List.of("\t", " ", "  ", "\n", "\n  ", "&a ", "*a", "!!int ", "? ", ": ", " #", "#",
                "-", "- ", "'", "\"", "[", "]", "{", ",", "\u0085", "\u2028", "\uFEFF", "\r", "é", "---\n", "...\n"));
        return switch (random.nextInt(3)) {
            case 0 -> text.substring(0, at) + insert + text.substring(at);
            case 1 -> text.substring(0, at) + text.substring(at + 1);
            default -> text.substring(0, at) + insert + text.substring(Math.min(text.length(), at + 1));
        };
    }
}
