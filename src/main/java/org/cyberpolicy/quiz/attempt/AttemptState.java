package org.cyberpolicy.quiz.attempt;

import java.util.List;

/** Where an attempt stands. Only an open attempt takes answers; the other two are graded and final. */
public enum AttemptState {
    OPEN("open", "open"), SUBMITTED("submitted", "submitted"),
    /** Closed by the server when its time ran out, graded with the answers saved by then: not submitted. */
    TIMED_OUT("timed-out", "closed when time ran out");

    /** The states whose attempts have a final score. */
    public static final List<AttemptState> GRADED = List.of(SUBMITTED, TIMED_OUT);

    private final String apiName;
    private final String label;

    AttemptState(String apiName, String label) {
        this.apiName = apiName;
        this.label = label;
    }

    public boolean graded() {
        return GRADED.contains(this);
    }

    /** The name the JSON API and the pages use. */
    public String apiName() {
        return apiName;
    }

    /** The state in words, for the pages: a timed-out attempt must not read as "submitted" by its student. */
    public String label() {
        return label;
    }
}
