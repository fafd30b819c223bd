package org.cyberpolicy.quiz.bank;

/**
 * One thing wrong with (or worth a second look in) a bank, pointing at the YAML node that causes it.
 */
public record BankProblem(Location location, String message) implements Comparable<BankProblem> {

    @Override
    public int compareTo(BankProblem other) {
        int byFile = location.file().compareTo(other.location.file());
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(location.line(), other.location.line());
        return byLine != 0 ? byLine : Integer.compare(location.column(), other.location.column());
    }

    /** The form compilers use, so that editors and CI logs can jump to the line. */
    @Override
    public String toString() {
        return location + ": " + message;
    }
}
