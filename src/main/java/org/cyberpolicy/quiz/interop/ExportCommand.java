package org.cyberpolicy.quiz.interop;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.BankConfig;
import org.cyberpolicy.quiz.bank.load.BankLoader;
import org.cyberpolicy.quiz.bank.load.LoadResult;
import org.cyberpolicy.quiz.bank.yaml.YamlLimits;
import org.cyberpolicy.quiz.interop.gift.GiftWriter;
import org.cyberpolicy.quiz.interop.moodle.MoodleXmlWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export-gift BANK-DIR OUT.gift} and {@code export-moodle-xml BANK-DIR OUT.xml}: the bank, or one quiz's
 * questions, for Moodle. An invalid bank prints its errors and writes nothing (exit 1). Runs without the server.
 */
public abstract class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BANK-DIR", description = "the bank folder")
    Path bankFolder;

    @Parameters(index = "1", paramLabel = "OUT", description = "the file to write (replaced if it exists)")
    Path outFile;

    @Option(names = "--quiz", paramLabel = "ID",
            description = "only the questions this quiz can show: its own and every one its draws may pick")
    String quiz;

    @Spec
    CommandSpec spec;

    private final PrintStream out;
    private final PrintStream err;

    protected ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    protected abstract String write(ExportSelection selection);

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(bankFolder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such bank folder: " + bankFolder);
        }
        LoadResult result = new BankLoader(BankConfig.DEFAULT_MAX_FILE_BYTES, YamlLimits.DEFAULT).load(bankFolder);
        if (result instanceof LoadResult.Rejected rejected) {
            rejected.errors().forEach(out::println);
            err.println(bankFolder + ": the bank is invalid; nothing exported");
            return 1;
        }
        Bank bank = result instanceof LoadResult.Loaded loaded ? loaded.bank()
                : ((LoadResult.Unconfirmed) result).bank();
        if (quiz != null && bank.quiz(quiz).isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the bank has no quiz '" + quiz
                    + "'; its quizzes: " + String.join(", ", bank.quizzes().keySet()));
        }
        ExportSelection selection = ExportSelection.of(bank, Optional.ofNullable(quiz));
        Path target = outFile.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), ".export-", ".tmp");
        Files.writeString(temporary, write(selection), StandardCharsets.UTF_8);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        out.println(outFile + ": " + selection.questions().size() + " questions, " + selection.facts().size()
                + " facts, " + selection.sources().size() + " sources exported from bank " + bank.version());
        return 0;
    }

    @Command(name = "export-gift", mixinStandardHelpOptions = true,
            description = "Export the bank (or one quiz's questions) as GIFT for Moodle; facts, sources and the"
                    + " bank's details travel in comments that import-gift reads back.")
    public static final class Gift extends ExportCommand {
        public Gift(PrintStream out, PrintStream err) {
            super(out, err);
        }

        @Override
        protected String write(ExportSelection selection) {
            return GiftWriter.write(selection);
        }
    }

    @Command(name = "export-moodle-xml", mixinStandardHelpOptions = true,
            description = "Export the bank (or one quiz's questions) as Moodle XML; facts, sources and the bank's"
                    + " details travel in comments that import-moodle-xml reads back.")
    public static final class MoodleXml extends ExportCommand {
        public MoodleXml(PrintStream out, PrintStream err) {
            super(out, err);
        }

        @Override
        protected String write(ExportSelection selection) {
            return MoodleXmlWriter.write(selection);
        }
    }
}
