package org.cyberpolicy.quiz.interop;

/** Why an imported file cannot be read, and where: the whole import stops and nothing is written. */
public record ImportError(TextPosition position, String message) {

    @Override
    public String toString() {
        return position + ": " + message;
    }
}
