package org.cyberpolicy.quiz.marks;

import java.util.Arrays;
import java.util.Optional;

/** What changed a mark: an instructor by hand, or a regrade in one of its three modes. */
public enum MarkKind {
    MANUAL("manual", "Marked by hand"),
    NEW_KEY("new-key", "Regraded against the corrected question"),
    FULL_CREDIT("full-credit", "Full credit given for a faulty question"),
    DROP("drop", "No longer counts towards the total");

    private final String apiName;
    private final String label;

    MarkKind(String apiName, String label) {
        this.apiName = apiName;
        this.label = label;
    }

    /** The name the JSON API and the pages use. */
    public String apiName() {
        return apiName;
    }

    /** What the change did, in words; also what a student is told when a regrade has no comment of its own. */
    public String label() {
        return label;
    }

    public boolean regrade() {
        return this != MANUAL;
    }

    /** The regrade mode named {@code apiName}; empty for an unknown name and for {@code manual}. */
    public static Optional<MarkKind> regradeMode(String apiName) {
        return Arrays.stream(values()).filter(MarkKind::regrade).filter(k -> k.apiName.equals(apiName)).findFirst();
    }
}
