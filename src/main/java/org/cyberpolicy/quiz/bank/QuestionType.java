package org.cyberpolicy.quiz.bank;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The question types of the bank format: the name a bank file gives each, the record it is read into, and the
 * type-specific keys it accepts.
 * <p>
 * Code that treats the types differently switches over this enum with a switch <em>expression</em>, which the
 * compiler refuses unless it names every constant: a new type then fails to compile wherever it is not handled yet.
 * {@code QuestionTypeTest} checks that each record of the sealed {@link Question} has exactly one constant here.
 */
public enum QuestionType {
    SINGLE("single", "single choice", Question.SingleChoice.class, Set.of("choices"), Asks.RECOGNITION),
    MULTIPLE("multiple", "multiple choice", Question.MultipleChoice.class, Set.of("choices", "scoring"),
            Asks.RECOGNITION),
    TRUE_FALSE("true-false", "true/false", Question.TrueFalse.class, Set.of("answer"), Asks.RECOGNITION),
    NUMERIC("numeric", "numeric", Question.Numeric.class, Set.of("answer", "tolerance"), Asks.RECALL),
    DATE("date", "date", Question.DateAnswer.class, Set.of("answer"), Asks.RECALL),
    SHORT("short", "short answer", Question.ShortAnswer.class, Set.of("answers"), Asks.RECALL),
    MATCHING("matching", "matching", Question.Matching.class, Set.of("pairs", "distractors"), Asks.RECOGNITION),
    ORDERING("ordering", "ordering", Question.Ordering.class, Set.of("items", "scoring"), Asks.RECOGNITION);

    /**
     * What a question of the type asks of memory: to recognise the answer among what it shows, or to recall it
     * unprompted. Training moves a fact from the first to the second as the student's memory of it grows.
     */
    public enum Asks {
        RECOGNITION, RECALL
    }

    private final String yamlName;
    private final String label;
    private final Class<? extends Question> recordClass;
    private final Set<String> specificKeys;
    private final Asks asks;

    QuestionType(String yamlName, String label, Class<? extends Question> recordClass, Set<String> specificKeys,
            Asks asks) {
        this.yamlName = yamlName;
        this.label = label;
        this.recordClass = recordClass;
        this.specificKeys = specificKeys;
        this.asks = asks;
    }

    public Asks asks() {
        return asks;
    }

    /** The record of {@link Question} that questions of this type are read into. */
    public Class<? extends Question> recordClass() {
        return recordClass;
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
