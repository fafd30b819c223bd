package org.cyberpolicy.quiz.engine.kinds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cyberpolicy.quiz.engine.InvalidResponseException;
import org.cyberpolicy.quiz.engine.Option;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the kinds share in reading and wording responses. Every message names what was expected and the ids the
 * question has, which the student sees anyway; none tells which answer is right.
 */
final class Reading {

    /** Display order of attempt ids: c2 before c10. */
    static final Comparator<String> DISPLAY_ORDER = Comparator.comparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());

    /** How much of a rejected value a message repeats: enough to recognise an id, not a pasted essay. */
    private static final int MAX_ECHO = 12;

    private Reading() {
    }

    /** The elements of an array of strings, or a refusal with {@code expected}. */
    static List<String> strings(JsonNode value, String expected) {
        if (!value.isArray()) {
            throw invalid(expected);
        }
        List<String> strings = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                throw invalid(expected);
            }
            strings.add(element.textValue());
        }
        return strings;
    }

    /** "c1 to c4", as messages name the ids a question has. */
    static String range(List<Option> options) {
        if (options.isEmpty()) {
            return "none";
        }
        String first = options.get(0).id();
        String last = options.get(options.size() - 1).id();
        return switch (options.size()) {
            case 1 -> first;
            case 2 -> first + " or " + last;
            default -> first + " to " + last;
        };
    }

    static boolean names(List<Option> options, String id) {
        return options.stream().anyMatch(o -> o.id().equals(id));
    }

    /** The text shown under an id; the id itself if the question has no such part. */
    static String text(List<Option> options, String id) {
        return options.stream().filter(o -> o.id().equals(id)).map(Option::text).findFirst().orElse(id);
    }

    /** A value the client sent, quoted, cut short and with anything unprintable replaced, to repeat in a message. */
    static String echo(String value) {
        StringBuilder shown = new StringBuilder("'");
        value.codePoints().limit(MAX_ECHO)
                .forEach(c -> shown.appendCodePoint(c >= 0x20 && c < 0x7f ? c : '?'));
        if (value.codePointCount(0, value.length()) > MAX_ECHO) {
            shown.append('…');
        }
        return shown.append('\'').toString();
    }

    static InvalidResponseException invalid(String message) {
        return new InvalidResponseException(message);
    }
}
