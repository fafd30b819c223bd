package org.cyberpolicy.quiz.interop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the comments before a question say in the bank's own words, {@code [key:value]} each: {@code [fact:id]}
 * names a fact it tests, {@code [source:id]} a source of those facts, and our exports add {@code [type:date]},
 * {@code [scoring:…]}, {@code [points:…]}, {@code [difficulty:…]} and {@code [tag:…]} so that our import gives
 * back what GIFT and Moodle cannot say. Anything else in a comment is left alone.
 */
public record Annotations(List<String> factIds, List<String> sourceIds, Optional<String> type,
        Optional<String> scoring, Optional<BigDecimal> points, Optional<String> difficulty, List<String> tags) {

    public static final Annotations NONE = new Annotations(List.of(), List.of(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of());

    public Annotations {
        factIds = List.copyOf(factIds);
        sourceIds = List.copyOf(sourceIds);
        tags = List.copyOf(tags);
    }

    /**
     * A free text (a tag) made safe inside {@code [key:value]} on one comment line: '%', brackets and line breaks
     * as {@code %XX} (Unicode's own line separators as spaces).
     */
    public static String encode(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == 0x2028 || cp == 0x2029) {
                out.append(' ');
            } else if (cp == '%' || cp == '[' || cp == ']' || Character.isISOControl(cp)) {
                out.append(String.format("%%%02X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    static String decode(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length()) {
                try {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
                    i += 2;
                    continue;
                } catch (NumberFormatException e) {
                    // not an escape: the '%' stays
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Gathers the annotations of several comment lines. */
    public static final class Builder {
        private final List<String> facts = new ArrayList<>();
        private final List<String> sources = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();
        private Optional<String> type = Optional.empty();
        private Optional<String> scoring = Optional.empty();
        private Optional<BigDecimal> points = Optional.empty();
        private Optional<String> difficulty = Optional.empty();

        /** Reads every {@code [key:value]} of one comment (the text after {@code //}, or an XML comment). */
        public Builder read(String comment) {
            int at = 0;
            while ((at = comment.indexOf('[', at)) >= 0) {
                int close = comment.indexOf(']', at);
                if (close < 0) {
                    break;
                }
                String inside = comment.substring(at + 1, close);
                int colon = inside.indexOf(':');
                if (colon > 0) {
                    take(inside.substring(0, colon).strip(), inside.substring(colon + 1).strip());
                }
                at = close + 1;
            }
            return this;
        }

        private void take(String key, String value) {
            if (value.isEmpty()) {
                return;
            }
            switch (key) {
                case "fact" -> facts.add(value);
                case "source" -> sources.add(value);
                case "tag" -> tags.add(decode(value));
                case "type" -> type = Optional.of(value);
                case "scoring" -> scoring = Optional.of(value);
                case "difficulty" -> difficulty = Optional.of(value);
                case "points" -> {
                    try {
                        points = Optional.of(new BigDecimal(value));
                    } catch (NumberFormatException e) {
                        // Not ours: a comment that happens to look like an annotation is left alone.
                    }
                }
                default -> {
                }
            }
        }

        public Annotations build() {
            return new Annotations(facts, sources, type, scoring, points, difficulty, tags);
        }
    }
}
