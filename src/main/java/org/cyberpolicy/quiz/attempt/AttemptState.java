package org.cyberpolicy.quiz.attempt;

import java.util.List;

/** Where an attempt stands. Only an open attempt takes answers; the other two are graded and final. */
public enum AttemptState {
    OPEN("open"), SUBMITTED("submitted"), TIMED_OUT("timed-out");

    /** The states whose attempts have a final score. */
    public static final List<AttemptState> GRADED = List.of(SUBMITTED, TIMED_OUT);

    private final String apiName;

    AttemptState(String apiName) {
        this.apiName = apiName;
    }

    public boolean graded() {
        return GRADED.contains(this);
    }

    /** The name the JSON API and the pages use. */
    public String apiName() {
        return apiName;
    }
}
