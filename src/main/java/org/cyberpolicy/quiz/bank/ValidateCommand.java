package org.cyberpolicy.quiz.bank;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cyberpolicy.quiz.bank.load.BankLoader;
import org.cyberpolicy.quiz.bank.load.LoadResult;
import org.cyberpolicy.quiz.bank.yaml.YamlLimits;

import io.quarkus.runtime.configuration.MemorySizeConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code validate [DIR]}: the instructor's pre-commit check. Prints every error as {@code path:line:column: message}
 * and returns 1, or prints a one-line summary and returns 0. Runs without the web server or the database, so it
 * reads only the environment ({@code QUIZ_BANK_DIR}, {@code QUIZ_BANK_MAX_FILE_SIZE}), not application.properties.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a question bank without starting the server: every error as path:line:column:"
                + " message and exit 1, or a one-line summary and exit 0.")
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "DIR",
            description = "the bank folder (default: $QUIZ_BANK_DIR, else '" + BankConfig.DEFAULT_DIR + "')")
    private Path folder;

    private final PrintStream out;
    private final PrintStream err;

    public ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Path folder = this.folder != null ? this.folder : Path.of(defaultFolder());
        LoadResult result = new BankLoader(maxFileBytes(), YamlLimits.DEFAULT).load(folder);
        result.warnings().forEach(warning -> out.println(warning.location() + ": warning: " + warning.message()));
        if (result instanceof LoadResult.Rejected rejected) {
            rejected.errors().forEach(out::println);
            err.println(folder + ": the bank is invalid (" + rejected.errors().size()
                    + (rejected.errors().size() == 1 ? " error)" : " errors)"));
            return 1;
        }
        Bank bank = ((LoadResult.Loaded) result).bank();
        out.println(folder + ": valid bank " + bank.version() + ": " + bank.summary());
        return 0;
    }

    /** The same limit as the server's, so that a file the server accepts passes the check too. */
    private static long maxFileBytes() {
        String fromEnvironment = System.getenv("QUIZ_BANK_MAX_FILE_SIZE");
        if (fromEnvironment == null || fromEnvironment.isBlank()) {
            return BankConfig.DEFAULT_MAX_FILE_BYTES;
        }
        return new MemorySizeConverter().convert(fromEnvironment).asLongValue();
    }

    private static String defaultFolder() {
        String fromEnvironment = System.getenv("QUIZ_BANK_DIR");
        return fromEnvironment == null || fromEnvironment.isBlank() ? BankConfig.DEFAULT_DIR : fromEnvironment;
    }
}
