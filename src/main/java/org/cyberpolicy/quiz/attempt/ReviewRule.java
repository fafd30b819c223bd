package org.cyberpolicy.quiz.attempt;

import java.time.Instant;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.ReviewPolicy;
import org.cyberpolicy.quiz.bank.ReviewTime;
import org.cyberpolicy.quiz.engine.Disclosure;

/**
 * Whether a review policy lets a student see the correct answers and the feedback of a closed attempt now, and, when
 * not, when they will: the one rule behind the submit response, the attempt in the API and the review page.
 */
public final class ReviewRule {

    private ReviewRule() {
    }

    public static Disclosure disclosure(ReviewPolicy policy, Standing standing, Instant now) {
        boolean answers = shown(policy.answers(), standing, now);
        boolean feedback = shown(policy.feedback(), standing, now);
        if (answers && feedback) {
            return Disclosure.FULL;
        }
        String what;
        String when;
        if (!answers && !feedback && policy.answers() == policy.feedback()) {
            what = "The correct answers and the feedback are";
            when = when(policy.answers(), standing);
        } else if (!answers) {
            what = "The correct answers are";
            when = when(policy.answers(), standing);
        } else {
            what = "The feedback and the facts are";
            when = when(policy.feedback(), standing);
        }
        return Disclosure.review(answers, feedback, Optional.of(what + " " + when));
    }

    static boolean shown(ReviewTime time, Standing standing, Instant now) {
        return switch (time) {
            case IMMEDIATELY -> true;
            case AFTER_LAST_ATTEMPT -> !standing.canAttemptAgainAt(now);
            case AFTER_CLOSE -> standing.closedAt(now);
            case NEVER -> false;
        };
    }

    /** When a part held back will be shown, in words for the student. */
    static String when(ReviewTime time, Standing standing) {
        Optional<String> closes = standing.closes().map(Moments::readable);
        return switch (time) {
            case IMMEDIATELY -> "shown now.";
            case AFTER_LAST_ATTEMPT -> standing.maxAttempts().isPresent()
                    ? "shown after your last attempt" + closes.map(c -> ", or once the quiz closes on " + c
                            + ", whichever comes first.").orElse(".")
                    : closes.map(c -> "shown once the quiz closes on " + c + ".")
                            .orElse("shown after your last attempt.");
            case AFTER_CLOSE -> closes.map(c -> "shown after the quiz closes on " + c + ".")
                    .orElse("shown after the quiz closes.");
            case NEVER -> "never shown for this quiz.";
        };
    }
}
