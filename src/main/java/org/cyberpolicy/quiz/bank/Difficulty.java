package org.cyberpolicy.quiz.bank;

public enum Difficulty {
    EASY, MEDIUM, HARD;

    public String yamlName() {
        return name().toLowerCase();
    }
}
