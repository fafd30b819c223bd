package org.cyberpolicy.quiz.bank;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * How questions are generated from a fact's value: the {@code kind} of the value, the instructor's question
 * ({@code ask}) and sentence ({@code claim}, with {@code {value}} where the value goes), and the forms wanted.
 *
 * @param kind     {@link #DATE}, {@link #NUMBER} or the id of a {@link Kind}; empty: nothing is generated
 * @param forms    the forms {@code generate:} names; empty when it is not given (every form the texts allow)
 * @param location where the fact is, for what generation reports
 */
public record Asking(Optional<String> kind, Optional<String> ask, Optional<String> claim, Optional<Set<Form>> forms,
        Location location) {

    public static final String DATE = "date";
    public static final String NUMBER = "number";
    public static final String VALUE = "{value}";

    public static Asking none(Location location) {
        return new Asking(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), location);
    }

    public Asking {
        forms = forms.map(Set::copyOf);
    }

    /** Whether the kind names a {@link Kind} of the bank rather than a date or a number. */
    public boolean namesKind() {
        return kind.filter(k -> !k.equals(DATE) && !k.equals(NUMBER)).isPresent();
    }

    /** The forms of generated questions; the id of a generated question is {@code <fact-id>~<form>}. */
    public enum Form {
        /** The value entered: a date, a number or a short answer (a multiple choice for a list). */
        ENTRY("entry"),
        /** The value picked among wrong ones: a single choice (a multiple choice for a list). */
        CHOICE("choice"),
        /** The claim, with the value or a wrong one, to judge true or false. */
        TRUE_FALSE("true-false");

        private final String yamlName;

        Form(String yamlName) {
            this.yamlName = yamlName;
        }

        public String yamlName() {
            return yamlName;
        }

        public static Optional<Form> fromYaml(String name) {
            return Arrays.stream(values()).filter(f -> f.yamlName.equals(name)).findFirst();
        }
    }
}
