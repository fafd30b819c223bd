package org.cyberpolicy.quiz.bank;

import java.time.Instant;
import java.util.List;

/**
 * What the last reading of the bank folder found, kept so that the bank page can show the validator's verdict on the
 * files even after a rejected reload: "running version X; the files on disk have N errors".
 *
 * @param at             when the folder was read
 * @param cause          what asked for it: start-up, a reload, the file watcher or an edit in the browser
 * @param accepted       whether the files made a valid bank, which is then the one in service
 * @param runningVersion the version in service after this load (the old one when the files were rejected)
 */
public record LoadStatus(Instant at, String cause, boolean accepted, String runningVersion, List<BankProblem> errors,
        List<BankProblem> warnings) {

    public LoadStatus {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }
}
