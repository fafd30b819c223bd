package org.cyberpolicy.quiz.bank;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The question types of the bank format, with the type-specific keys each accepts. */
public enum QuestionType {
    SINGLE("single", "single choice", Set.of("choices")),
    MULTIPLE("multiple", "multiple choice", Set.of("choices", "scoring")),
    TRUE_FALSE("true-false", "true/false", Set.of("answer")),
    NUMERIC("numeric", "numeric", Set.of("answer", "tolerance")),
    DATE("date", "date", Set.of("answer")),
    SHORT("short", "short answer", Set.of("answers")),
    MATCHING("matching", "matching", Set.of("pairs", "distractors")),
    ORDERING("ordering", "ordering", Set.of("items", "scoring"));

    private final String yamlName;
    private final String label;
    private final Set<String> specificKeys;

    QuestionType(String yamlName, String label, Set<String> specificKeys) {
        this.yamlName = yamlName;
        this.label = label;
        this.specificKeys = specificKeys;
    }

    public String yamlName() {
        return yamlName;
    }

    /** A name for people, as pages and messages show it. */
    public String label() {
        return label;
    }

    public Set<String> specificKeys() {
        return specificKeys;
    }

    public static Optional<QuestionType> fromYaml(String name) {
        return Arrays.stream(values()).filter(t -> t.yamlName.equals(name)).findFirst();
    }
}
