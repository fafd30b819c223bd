package org.cyberpolicy.quiz.interop;

import java.util.Locale;
import java.util.Map;

/**
 * Moodle text in HTML made plain, as the bank holds it (the pages escape it on the way out): tags dropped, with a
 * line break for the block ones, the content of scripts and styles dropped, entities decoded. A small scanner, not a
 * browser: enough for question text, and it never lets markup through, since every tag is dropped.
 */
public final class HtmlText {

    private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "ndash", "\u2013", "mdash", "\u2014", "hellip", "\u2026");

    private HtmlText() {
    }

    public static String toPlain(String html) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    out.append(html, i, html.length());
                    break;
                }
                String tag = html.substring(i + 1, end).strip().toLowerCase(Locale.ROOT);
                String name = tag.replaceFirst("^/", "").split("[\\s/]", 2)[0];
                if (!tag.startsWith("/") && (name.equals("script") || name.equals("style"))) {
                    int close = html.toLowerCase(Locale.ROOT).indexOf("</" + name, end);
                    end = close < 0 ? html.length() - 1 : Math.max(end, html.indexOf('>', close));
                    if (end < 0) {
                        break;
                    }
                } else if (name.equals("br") || name.equals("p") || name.equals("div") || name.equals("li")
                        || name.matches("h[1-6]")) {
                    out.append('\n');
                }
                i = end + 1;
            } else if (c == '&') {
                int end = html.indexOf(';', i);
                String decoded = end > i && end - i <= 10 ? entity(html.substring(i + 1, end)) : null;
                if (decoded == null) {
                    out.append(c);
                    i++;
                } else {
                    out.append(decoded);
                    i = end + 1;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return tidy(out.toString());
    }

    private static String entity(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return ENTITIES.get(name);
    }

    /** Spaces collapsed within lines, blank lines dropped, ends trimmed. */
    private static String tidy(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            String collapsed = line.replaceAll("[ \\t\\u00a0]+", " ").strip();
            if (!collapsed.isEmpty()) {
                out.append(out.isEmpty() ? "" : "\n").append(collapsed);
            }
        }
        return out.toString();
    }
}
