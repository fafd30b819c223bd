package org.cyberpolicy.quiz.attempt;

/** Where an attempt stands. Only an open attempt takes answers; the other two are graded and final. */
public enum AttemptState {
    OPEN("open"), SUBMITTED("submitted"), TIMED_OUT("timed-out");

    private final String apiName;

    AttemptState(String apiName) {
        this.apiName = apiName;
    }

    /** The name the JSON API and the pages use. */
    public String apiName() {
        return apiName;
    }
}
