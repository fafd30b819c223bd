package org.cyberpolicy.quiz.interop;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.cyberpolicy.quiz.bank.BankConfig;
import org.cyberpolicy.quiz.interop.gift.GiftParser;
import org.cyberpolicy.quiz.interop.moodle.MoodleXmlReader;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import-gift FILE OUT-DIR} and {@code import-moodle-xml FILE OUT-DIR}: a file of Moodle questions made bank
 * files, with a report of what became of each question. A file with errors prints them (line:column) and writes
 * nothing: exit 1. Runs without the server or the database.
 */
public abstract class ImportCommand implements Callable<Integer> {

    /** The largest file read; far above any real question file. */
    static final int MAX_FILE_BYTES = MoodleXmlReader.DEFAULT_MAX_BYTES;

    @Parameters(index = "0", paramLabel = "FILE", description = "the file to import")
    Path file;

    @Parameters(index = "1", paramLabel = "OUT-DIR",
            description = "the folder to write the bank files into (questions.yaml, facts.yaml, sources.yaml);"
                    + " made if missing, and none of those files may exist in it yet")
    Path outFolder;

    @Option(names = "--bank", paramLabel = "BANK-DIR",
            description = "the bank the questions are meant for: facts named by [fact:id] comments may be defined"
                    + " there, and the new files are checked as part of it")
    Path bank;

    @Spec
    CommandSpec spec;

    private final PrintStream out;
    private final PrintStream err;

    protected ImportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    protected abstract ParsedFile parse(byte[] content, String label) throws CharacterCodingException;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
        }
        if (bank != null && !Files.isDirectory(bank)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such bank folder: " + bank);
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            return fail(String.format("%s: the file is %,d bytes; at most %,d are read", file, Files.size(file),
                    MAX_FILE_BYTES));
        }
        ParsedFile parsed;
        try {
            parsed = parse(Files.readAllBytes(file), file.toString());
        } catch (CharacterCodingException e) {
            return fail(file + ": the file is not UTF-8 text; save it as UTF-8 and import it again");
        }
        Importer.Outcome outcome = new Importer(BankConfig.DEFAULT_MAX_FILE_BYTES)
                .importInto(parsed, file.toString(), outFolder, Optional.ofNullable(bank));
        if (outcome instanceof Importer.Failed failed) {
            failed.errors().forEach(out::println);
            err.println(file + ": nothing imported (" + failed.errors().size()
                    + (failed.errors().size() == 1 ? " error)" : " errors)"));
            return 1;
        }
        Importer.Written written = (Importer.Written) outcome;
        ImportReport report = written.report();
        out.println(file + ": " + report.importedCount() + " questions imported, " + report.leftOutCount()
                + " left out");
        report.lines().forEach(line -> out.println("  " + file + ":" + line));
        written.files().forEach(f -> out.println("wrote " + f));
        if (written.placeholderQuestions() > 0) {
            out.println(written.placeholderQuestions() + " question(s) test the placeholder fact '"
                    + ImportMapper.PLACEHOLDER_FACT + "': validate warns that they are not tied to a sourced fact"
                    + " until you name the facts they test");
        }
        return 0;
    }

    private int fail(String message) {
        out.println(message);
        err.println(file + ": nothing imported (1 error)");
        return 1;
    }

    static String utf8(byte[] content) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
    }

    @Command(name = "import-gift", mixinStandardHelpOptions = true,
            description = "Import a GIFT file (Moodle's text format) as bank files: prints what each question became"
                    + " and each question left out with its line; a file with errors prints them as"
                    + " FILE:line:column: message, writes nothing and exits 1.")
    public static final class Gift extends ImportCommand {
        public Gift(PrintStream out, PrintStream err) {
            super(out, err);
        }

        @Override
        protected ParsedFile parse(byte[] content, String label) throws CharacterCodingException {
            return GiftParser.parse(utf8(content), label);
        }
    }

    @Command(name = "import-moodle-xml", mixinStandardHelpOptions = true,
            description = "Import a Moodle XML question file as bank files: prints what each question became and"
                    + " each question left out with its line; a file with errors prints them as"
                    + " FILE:line:column: message, writes nothing and exits 1.")
    public static final class MoodleXml extends ImportCommand {
        public MoodleXml(PrintStream out, PrintStream err) {
            super(out, err);
        }

        @Override
        protected ParsedFile parse(byte[] content, String label) {
            return MoodleXmlReader.read(content, label, MAX_FILE_BYTES);
        }
    }
}
