package org.cyberpolicy.quiz.bank.edit;

/** A bank file name that cannot be edited: outside the folder, not YAML, or not there. The message says which. */
public class BankFileRefused extends RuntimeException {

    public enum Why {
        /** The name itself is not acceptable (traversal, absolute, not .yaml/.yml, a link leaving the folder). */
        INVALID_PATH,
        /** The name is acceptable but no such file exists. */
        NOT_FOUND
    }

    private final Why why;

    public BankFileRefused(Why why, String message) {
        super(message);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
