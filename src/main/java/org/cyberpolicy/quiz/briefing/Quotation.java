package org.cyberpolicy.quiz.briefing;

import java.util.List;

/** The words an official said, as the statement of a fact quotes them, and who said them. */
public record Quotation(String speaker, List<String> words) {

    public Quotation {
        words = List.copyOf(words);
    }
}
