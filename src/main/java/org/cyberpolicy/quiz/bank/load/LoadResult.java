package org.cyberpolicy.quiz.bank.load;

import java.util.List;

import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.BankProblem;

/**
 * The outcome of reading a bank folder: a whole valid bank, or every error found. Never half a bank. The loader
 * answers {@link Loaded} or {@link Rejected}; {@link Unconfirmed} is the bank in service's answer to a reload that
 * would take every quiz away ({@code CurrentBank}).
 */
public sealed interface LoadResult {

    /** Things worth a look that do not make the bank invalid, such as a fact no question uses. */
    List<BankProblem> warnings();

    record Loaded(Bank bank, List<BankProblem> warnings) implements LoadResult {
        public Loaded {
            warnings = List.copyOf(warnings);
        }
    }

    record Rejected(List<BankProblem> errors, List<BankProblem> warnings) implements LoadResult {
        public Rejected {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * A valid bank that was not put in service, because it has no quiz (or no question) left where the bank in service
     * has some, and nobody confirmed that this is wanted.
     *
     * @param loss what the course would lose, in words
     */
    record Unconfirmed(Bank bank, List<BankProblem> warnings, String loss) implements LoadResult {
        public Unconfirmed {
            warnings = List.copyOf(warnings);
        }
    }
}
