package org.cyberpolicy.quiz.account.throttle;

/** What the throttle says of a sign-in before its password is looked at (see {@link LoginThrottle#decide}). */
public sealed interface SignInDecision {

    /**
     * Look at the password. {@code throughAWait}: a wait is in force for this name or this address, and the attempt
     * is let through it only because it comes from where the name has not been failing, or has signed in before. A
     * right password then signs in; a wrong one is counted and answered with the wait, exactly like an attempt that
     * was refused outright, so that the answer tells nothing of where a name has signed in.
     */
    record Check(boolean throughAWait) implements SignInDecision {
    }

    /** Refused without looking at the password. */
    record Refuse(SignInRefusal refusal) implements SignInDecision {
    }

    /**
     * Not now: checks of this name at this address (or of this address) are in flight, and were they all to fail,
     * this attempt would be refused. Ask again once they have landed.
     */
    record Busy() implements SignInDecision {
    }
}
