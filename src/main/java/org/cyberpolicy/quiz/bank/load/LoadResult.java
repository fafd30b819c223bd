package org.cyberpolicy.quiz.bank.load;

import java.util.List;

import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.BankProblem;

/** The outcome of reading a bank folder: a whole valid bank, or every error found. Never half a bank. */
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
}
