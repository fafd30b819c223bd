package org.cyberpolicy.quiz.bank;

/** How a question with several parts turns a partly right response into points. */
public enum Scoring {
    PARTIAL("partial"), ALL_OR_NOTHING("all-or-nothing");

    private final String yamlName;

    Scoring(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }
}
