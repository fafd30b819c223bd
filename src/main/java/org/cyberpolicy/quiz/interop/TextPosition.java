package org.cyberpolicy.quiz.interop;

/** A place in an imported file, counted from 1 as editors do. */
public record TextPosition(int line, int column) {

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
