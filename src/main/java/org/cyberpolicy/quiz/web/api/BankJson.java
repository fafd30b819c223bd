package org.cyberpolicy.quiz.web.api;

import java.time.Instant;
import java.util.List;

import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.BankProblem;
import org.cyberpolicy.quiz.bank.LoadStatus;

/** The JSON of the bank API: the bank in service, the validator's findings, and the outcome of a reload. */
public final class BankJson {

    private BankJson() {
    }

    /** One validator finding; {@code file} as the validate command prints it (the bank folder joined with the file). */
    public record Problem(String file, int line, int column, String message) {

        static List<Problem> of(List<BankProblem> problems) {
            return problems.stream().map(p -> new Problem(p.location().file(), p.location().line(),
                    p.location().column(), p.message())).toList();
        }
    }

    /** The last reading of the files: when, why, whether they were valid, and what was found. */
    public record LastLoad(Instant at, String cause, boolean accepted, String runningVersion, List<Problem> errors,
            List<Problem> warnings) {

        static LastLoad of(LoadStatus status) {
            return new LastLoad(status.at(), status.cause(), status.accepted(), status.runningVersion(),
                    Problem.of(status.errors()), Problem.of(status.warnings()));
        }
    }

    /** {@code GET /api/instructor/bank/status}. */
    /** @param questions the bank's own questions; {@code generated} those generated from its facts */
    public record Status(String version, String summary, int sources, int facts, int questions, int generated,
            int quizzes, LastLoad lastLoad) {

        static Status of(Bank bank, LoadStatus last) {
            return new Status(bank.version(), bank.summary(), bank.sources().size(), bank.facts().size(),
                    (int) (bank.questions().size() - bank.generatedCount()), (int) bank.generatedCount(),
                    bank.quizzes().size(), LastLoad.of(last));
        }
    }

    /** A reload that put a new bank in service (200). */
    public record Reloaded(String version, String summary, List<Problem> warnings) {
    }

    /** A reload whose files were invalid (422): the bank in service did not change. */
    public record Rejected(String error, String runningVersion, List<Problem> errors, List<Problem> warnings) {
    }

    /**
     * A reload whose files make a valid bank without any quiz (409): not put in service until the request confirms
     * it with {@code {"confirm": true}}.
     */
    public record Unconfirmed(String error, String runningVersion, List<Problem> warnings) {
    }

    /** The optional body of a reload. */
    public record ReloadRequest(Boolean confirm) {
    }
}
