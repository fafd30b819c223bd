package org.cyberpolicy.quiz.bank.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.cyberpolicy.quiz.bank.yaml.YamlNode.Scalar;
import org.cyberpolicy.quiz.bank.yaml.YamlNode;

/**
 * Typed access to the keys of one YAML mapping (a source, a fact, a question…). Every wrong type or missing key is
 * reported at its node and read as absent, so that the caller can go on and find the next error.
 */
final class Fields {

    static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final YamlNode.Mapping mapping;
    private final String owner;
    private final Problems problems;

    private Fields(YamlNode.Mapping mapping, String owner, Problems problems) {
        this.mapping = mapping;
        this.owner = owner;
        this.problems = problems;
    }

    /** The fields of {@code node}, or empty (reported) when the node is not a mapping. */
    static Optional<Fields> of(YamlNode node, String owner, Problems problems) {
        if (node instanceof YamlNode.Mapping mapping) {
            return Optional.of(new Fields(mapping, owner, problems));
        }
        problems.error(node, owner + " must be a mapping of keys to values, not " + node.describe());
        return Optional.empty();
    }

    YamlNode.Mapping node() {
        return mapping;
    }

    String owner() {
        return owner;
    }

    /** A view that names its owner differently in messages, e.g. once the id is known. */
    Fields named(String newOwner) {
        return new Fields(mapping, newOwner, problems);
    }

    boolean has(String key) {
        return value(key).isPresent();
    }

    /** The value at {@code key}; a key written with no value counts as absent. */
    Optional<YamlNode> value(String key) {
        return mapping.entry(key).map(YamlNode.Entry::value)
                .filter(v -> !(v instanceof Scalar s && s.isNull()));
    }

    Optional<YamlNode> required(String key) {
        Optional<YamlNode> value = value(key);
        if (value.isEmpty()) {
            problems.error(mapping.entry(key).<YamlNode>map(YamlNode.Entry::key).orElse(mapping),
                    owner + " needs '" + key + "'");
        }
        return value;
    }

    void rejectUnknownKeys(Collection<String> allowed) {
        for (YamlNode.Entry entry : mapping.entries()) {
            String key = entry.key().text();
            if (!allowed.contains(key)) {
                problems.error(entry.key(), "unknown key '" + key + "' in " + owner + closest(key, allowed)
                        .map(k -> " (did you mean '" + k + "'?)").orElse(""));
            }
        }
    }

    // --- texts

    Optional<String> text(String key) {
        return value(key).flatMap(v -> text(v, "'" + key + "'"));
    }

    Optional<String> requiredText(String key) {
        Optional<YamlNode> node = required(key);
        return node.flatMap(v -> text(v, "'" + key + "'"));
    }

    /** Any scalar reads as text (so {@code NO} stays the country code); blank text is an error. */
    Optional<String> text(YamlNode node, String what) {
        if (node instanceof Scalar scalar && !scalar.isNull()) {
            String text = scalar.text().strip();
            if (text.isEmpty()) {
                problems.error(node, what + " of " + owner + " is empty");
                return Optional.empty();
            }
            return Optional.of(text);
        }
        problems.error(node, what + " of " + owner + " must be a text, not " + node.describe());
        return Optional.empty();
    }

    Optional<String> requiredId() {
        return requiredText("id").filter(id -> {
            if (KEBAB_CASE.matcher(id).matches()) {
                return true;
            }
            problems.error(value("id").orElseThrow(), "the id '" + id + "' of " + owner
                    + " must be kebab-case: lower-case letters and digits joined by single hyphens");
            return false;
        });
    }

    /** A list of texts; a single text where a list is expected is an error, since it is usually a typo. */
    List<String> texts(String key) {
        Optional<YamlNode> node = value(key);
        return node.map(v -> texts(v, "'" + key + "'")).orElse(List.of());
    }

    List<String> texts(YamlNode node, String what) {
        if (!(node instanceof YamlNode.Sequence sequence)) {
            problems.error(node, what + " of " + owner + " must be a list, not " + node.describe());
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlNode item : sequence.items()) {
            text(item, "an item of " + what).ifPresent(text -> {
                if (seen.add(text)) {
                    texts.add(text);
                } else {
                    problems.error(item, what + " of " + owner + " lists '" + text + "' twice");
                }
            });
        }
        return texts;
    }

    /** A list of items of any shape, each read by the caller. */
    List<YamlNode> list(String key) {
        return value(key).map(node -> {
            if (node instanceof YamlNode.Sequence sequence) {
                return sequence.items();
            }
            problems.error(node, "'" + key + "' of " + owner + " must be a list, not " + node.describe());
            return List.<YamlNode>of();
        }).orElse(List.of());
    }

    // --- numbers and flags

    Optional<BigDecimal> number(String key) {
        return value(key).flatMap(v -> number(v, "'" + key + "'"));
    }

    Optional<BigDecimal> number(YamlNode node, String what) {
        if (node instanceof Scalar scalar && scalar.isNumber()) {
            try {
                return Optional.of(new BigDecimal(scalar.text().replace("_", "")));
            } catch (NumberFormatException e) {
                problems.error(node, what + " of " + owner + " is not a number I can read: " + scalar.text());
                return Optional.empty();
            }
        }
        problems.error(node, what + " of " + owner + " must be a number, not " + node.describe());
        return Optional.empty();
    }

    Optional<BigDecimal> nonNegativeNumber(String key) {
        return number(key).filter(n -> {
            if (n.signum() >= 0) {
                return true;
            }
            problems.error(value(key).orElseThrow(), "'" + key + "' of " + owner + " must not be negative, but is " + n);
            return false;
        });
    }

    Optional<Integer> positiveWholeNumber(String key) {
        return number(key).flatMap(n -> {
            if (n.signum() > 0 && n.stripTrailingZeros().scale() <= 0 && n.compareTo(BigDecimal.valueOf(100_000)) <= 0) {
                return Optional.of(n.intValueExact());
            }
            problems.error(value(key).orElseThrow(), "'" + key + "' of " + owner + " must be a whole number of at least 1, not " + n);
            return Optional.empty();
        });
    }

    Optional<Boolean> flag(String key) {
        return value(key).flatMap(v -> flag(v, "'" + key + "'"));
    }

    /** Only {@code true} and {@code false}: YAML 1.1 also reads yes/no/on/off, which surprises people. */
    Optional<Boolean> flag(YamlNode node, String what) {
        if (node instanceof Scalar scalar && scalar.kind() == Scalar.Kind.BOOLEAN) {
            String text = scalar.text().toLowerCase();
            if (text.equals("true") || text.equals("false")) {
                return Optional.of(Boolean.parseBoolean(text));
            }
        }
        problems.error(node, what + " of " + owner + " must be true or false, not " + node.describe());
        return Optional.empty();
    }

    /** One of a fixed set of words, such as a difficulty; matched exactly as written in the format. */
    <E extends Enum<E>> Optional<E> choice(String key, Class<E> type, Function<E, String> yamlName) {
        return text(key).flatMap(text -> {
            for (E constant : type.getEnumConstants()) {
                if (yamlName.apply(constant).equals(text)) {
                    return Optional.of(constant);
                }
            }
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(yamlName).toList();
            problems.error(value(key).orElseThrow(), "'" + key + "' of " + owner + " must be one of "
                    + String.join(", ", allowed) + ", not '" + text + "'");
            return Optional.empty();
        });
    }

    private static Optional<String> closest(String key, Collection<String> allowed) {
        return allowed.stream().filter(candidate -> distance(key, candidate) <= 2)
                .min(Comparator.comparingInt(candidate -> distance(key, candidate)));
    }

    /** Levenshtein distance: enough to suggest 'choices' for 'choises'. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
