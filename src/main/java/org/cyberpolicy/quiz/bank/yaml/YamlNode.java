package org.cyberpolicy.quiz.bank.yaml;

import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.Location;

/**
 * A YAML node that remembers where it was written, so that every validation message can point at it.
 */
public sealed interface YamlNode {

    Location location();

    /** How instructors would name this kind of node in an error message. */
    String describe();

    record Scalar(String text, Kind kind, Location location) implements YamlNode {

        public enum Kind {
            STRING("a text"), INTEGER("a whole number"), DECIMAL("a number"), BOOLEAN("true or false"), NULL("nothing");

            private final String description;

            Kind(String description) {
                this.description = description;
            }
        }

        public boolean isNull() {
            return kind == Kind.NULL;
        }

        public boolean isNumber() {
            return kind == Kind.INTEGER || kind == Kind.DECIMAL;
        }

        @Override
        public String describe() {
            return kind == Kind.STRING ? "the text '" + text + "'" : kind.description + " (" + text + ")";
        }
    }

    record Sequence(List<YamlNode> items, Location location) implements YamlNode {

        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    record Mapping(List<Entry> entries, Location location) implements YamlNode {

        public Mapping {
            entries = List.copyOf(entries);
        }

        public Optional<Entry> entry(String key) {
            // A loop, not a stream: every field of every item is looked up here, most of them while a load is cold.
            for (Entry e : entries) {
                if (e.key().text().equals(key)) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "a mapping of keys to values";
        }
    }

    record Entry(Scalar key, YamlNode value) {
    }
}
