package org.cyberpolicy.quiz.bank;

/**
 * A place in a bank file, 1-based, as editors count lines and columns.
 */
public record Location(String file, int line, int column) {

    public static Location startOf(String file) {
        return new Location(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
