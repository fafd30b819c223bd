package org.cyberpolicy.quiz.briefing;

import jakarta.enterprise.context.ApplicationScoped;

import org.cyberpolicy.quiz.attempt.HeldKeys;
import org.cyberpolicy.quiz.bank.CurrentBank;

/** The briefing of the bank in service, as a student may read it now. */
@ApplicationScoped
public class Briefings {

    private final CurrentBank currentBank;
    private final HeldKeys heldKeys;

    Briefings(CurrentBank currentBank, HeldKeys heldKeys) {
        this.currentBank = currentBank;
        this.heldKeys = heldKeys;
    }

    /** The briefing for the account: everything, less what its open exams test. */
    public Reading forAccount(long accountId) {
        return new Reading(BriefingBook.of(currentBank.get()), heldKeys.of(accountId));
    }
}
