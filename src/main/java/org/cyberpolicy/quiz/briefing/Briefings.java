package org.cyberpolicy.quiz.briefing;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.cyberpolicy.quiz.attempt.HeldKeys;
import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.CurrentBank;

/**
 * The briefing of the bank in service, as a student may read it now. The book is built once per bank, not per
 * request: it is the same for every reader (what one student may not see is left out by {@link Reading}), and a bank
 * is immutable, so a book stays right until the bank in service is replaced.
 */
@ApplicationScoped
public class Briefings {

    private record Built(Bank bank, BriefingBook book) {
    }

    private final CurrentBank currentBank;
    private final HeldKeys heldKeys;
    private final AtomicReference<Built> lastBuilt = new AtomicReference<>();

    Briefings(CurrentBank currentBank, HeldKeys heldKeys) {
        this.currentBank = currentBank;
        this.heldKeys = heldKeys;
    }

    /** The briefing for the account: everything, less what its open exams test. */
    public Reading forAccount(long accountId) {
        return new Reading(book(), heldKeys.of(accountId));
    }

    BriefingBook book() {
        Bank bank = currentBank.get();
        Built built = lastBuilt.get();
        if (built == null || built.bank() != bank) {
            // Two readers arriving together after a reload may both build it; either result is the same book.
            built = new Built(bank, BriefingBook.of(bank));
            lastBuilt.set(built);
        }
        return built.book();
    }
}
