package org.cyberpolicy.quiz.bank;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One checkable statement, reported by at least one source; questions test facts, not wordings.
 *
 * @param tags    the fact's own topics, beside those of the questions that test it (what a briefing is grouped by)
 * @param note    the instructor's words on the evidence: where sources differ, or a detail only one reports
 * @param speaker who said the words the statement quotes, when the fact is a quotation of an official
 * @param asking  how questions are generated from the value ({@code kind}, {@code ask}, {@code claim},
 *                {@code generate})
 */
public record Fact(String id, String statement, Optional<FactValue> value, List<String> aliases,
        List<String> sourceIds, List<String> tags, Optional<String> note, Optional<String> speaker,
        Location location, Asking asking) {

    /** A passage in straight or curly double quotation marks. */
    private static final Pattern QUOTED = Pattern.compile("[\"\u201c]([^\"\u201c\u201d]+)[\"\u201d]");

    public Fact {
        aliases = List.copyOf(aliases);
        sourceIds = List.copyOf(sourceIds);
        tags = List.copyOf(tags);
    }

    /** A fact without tags, note or speaker: what banks wrote before those keys existed. */
    public Fact(String id, String statement, Optional<FactValue> value, List<String> aliases, List<String> sourceIds,
            Location location) {
        this(id, statement, value, aliases, sourceIds, List.of(), Optional.empty(), Optional.empty(), location);
    }

    /** A fact from which no question is generated. */
    public Fact(String id, String statement, Optional<FactValue> value, List<String> aliases,
            List<String> sourceIds, List<String> tags, Optional<String> note, Optional<String> speaker,
            Location location) {
        this(id, statement, value, aliases, sourceIds, tags, note, speaker, location, Asking.none(location));
    }

    /**
     * Whether this fact stands in for one not written yet ({@code placeholder: true}, what the importers write):
     * it cites no source, and the validator warns about every question tied to it.
     */
    public boolean isPlaceholder() {
        return sourceIds.isEmpty();
    }

    /** The passages the statement quotes, in order, without their quotation marks. */
    public List<String> quotedWords() {
        return quotedIn(statement);
    }

    public static List<String> quotedIn(String text) {
        Matcher m = QUOTED.matcher(text);
        return m.results().map(r -> r.group(1).strip()).filter(s -> !s.isEmpty()).toList();
    }
}
