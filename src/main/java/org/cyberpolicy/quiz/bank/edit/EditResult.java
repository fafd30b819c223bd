package org.cyberpolicy.quiz.bank.edit;

import java.util.List;

import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.BankProblem;

/** What became of an edit of one bank file. Only {@link Saved} wrote anything or changed the bank in service. */
public sealed interface EditResult {

    /** The bank with the edit was valid: the file is written and this bank is in service. */
    record Saved(Bank bank, List<BankProblem> warnings) implements EditResult {
        public Saved {
            warnings = List.copyOf(warnings);
        }
    }

    /** The bank with the edit would be invalid: nothing was written, the old bank stays in service. */
    record Invalid(List<BankProblem> errors, List<BankProblem> warnings) implements EditResult {
        public Invalid {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The bank with the edit is valid but has no quiz (or no question) left, where the bank in service has some: nothing
     * was written until the instructor confirms that the course is to lose them.
     *
     * @param loss what the course would lose, in words
     */
    record Unconfirmed(Bank bank, List<BankProblem> warnings, String loss) implements EditResult {
        public Unconfirmed {
            warnings = List.copyOf(warnings);
        }
    }

    /** The file changed on disk since the edit began: nothing was written, so neither change is lost. */
    record Stale(FileText onDisk) implements EditResult {
    }
}
