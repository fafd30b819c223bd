package org.cyberpolicy.quiz.bank;

import java.util.Optional;

/** A news article that reports facts; what a citation in a review names. */
public record Source(String id, String outlet, String title, Optional<String> author, PartialDate published,
        Optional<String> url, Location location) {

    /** A citation in the usual order: outlet, title, author, date. */
    public String citation() {
        StringBuilder text = new StringBuilder(outlet).append(", \u201c").append(title).append('\u201d');
        author.ifPresent(a -> text.append(", ").append(a));
        return text.append(", ").append(published).toString();
    }
}
