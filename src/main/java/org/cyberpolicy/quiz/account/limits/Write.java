package org.cyberpolicy.quiz.account.limits;

/** The kinds of writes one account is allowed at its own pace, each with its own allowance ({@link WriteLimits}). */
public enum Write {
    /** A response saved or checked in an attempt: each autosave, each form save, each practice check. */
    SAVE("saved answers"),
    /** An attempt started (practice or exam); submits are never limited, so that no work is lost at a deadline. */
    START("started attempts"),
    /** A training question asked, answered or rated. */
    TRAINING("training steps"),
    /** A request about one's own account: a download of everything the app holds about it, a deletion request. */
    OWN_DATA("requests about your account"),
    /**
     * A change to people by staff: a roster previewed or applied, a staff account made, a role changed, an account
     * deactivated or reactivated, a one-time link issued, a section or its members changed.
     */
    PEOPLE("changes to people and sections"),
    /**
     * Any other change by staff: marks, regrades, attempts ended or reopened, overrides and accommodations, bank edits
     * and reloads, LTI platforms, grades sent again, deletion requests handled.
     */
    STAFF("changes by staff");

    private final String plural;

    Write(String plural) {
        this.plural = plural;
    }

    /** What the student did too often, for the message: "saved answers". */
    public String plural() {
        return plural;
    }
}
