package org.cyberpolicy.quiz.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cyberpolicy.quiz.bank.BankFolder;
import org.cyberpolicy.quiz.cli.QuizCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four commands as an instructor types them: what they print, write and return. */
class InteropCommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return QuizCommand.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path gift(String text) throws IOException {
        Path file = dir.resolve("in.gift");
        Files.writeString(file, text);
        return file;
    }

    private int validate(Path folder) {
        out.reset();
        return run("validate", folder.toString());
    }

    @Test
    void importGiftWritesABankThatValidatesWithAPlaceholderWarning() throws IOException {
        Path outDir = dir.resolve("imported");
        assertEquals(0, run("import-gift", gift("::Sky::The sky is blue.{T}\n\n::Essay::Discuss.{}\n").toString(),
                outDir.toString()), errors());
        assertTrue(printed().contains("1 questions imported, 1 left out"), printed());
        assertTrue(printed().contains("in.gift:1:1: 'sky' imported as true-false"), printed());
        assertTrue(printed().contains("in.gift:3:1: left out: Essay (essay questions have no type here"), printed());
        assertTrue(printed().contains("test the placeholder fact 'imported-placeholder'"), printed());
        assertEquals(0, validate(outDir), printed());
        assertTrue(printed().contains("warning: question 'sky' is not tied to a sourced fact"), printed());
    }

    @Test
    void aGiftFileWithErrorsPrintsThemWithLineAndColumnAndWritesNothing() throws IOException {
        Path outDir = dir.resolve("imported");
        Path file = gift("::Fine::A?{=a ~b}\n\n::Broken::B?{=a ~%x%b}\n");
        assertEquals(1, run("import-gift", file.toString(), outDir.toString()));
        assertTrue(printed().contains(file + ":3:18: the weight 'x' is not a percentage"), printed());
        assertTrue(errors().contains("nothing imported (1 error)"), errors());
        assertFalse(Files.exists(outDir));
    }

    @Test
    void factCommentsNameFactsOfTheBankGivenWithBank() throws IOException {
        BankFolder bank = BankFolder.in(dir.resolve("bank")).withBasics();
        Path file = gift("// [fact:four-charged]\n::Count::How many were charged?{#4}\n");
        Path outDir = bank.path().resolve("imported");
        assertEquals(1, run("import-gift", file.toString(), dir.resolve("alone").toString()));
        assertTrue(printed().contains("names fact 'four-charged', which this file does not define"), printed());
        out.reset();
        assertEquals(0, run("import-gift", "--bank", bank.path().toString(), file.toString(), outDir.toString()),
                printed());
        assertFalse(Files.exists(outDir.resolve(Importer.FACTS_FILE)), "no placeholder needed");
        assertEquals(0, validate(bank.path()), printed());
        assertFalse(printed().contains("not tied to a sourced fact"), printed());
    }

    @Test
    void importingIntoAFolderThatHoldsTheFilesAlreadyWritesNothing() throws IOException {
        Path outDir = dir.resolve("imported");
        Files.createDirectories(outDir);
        Files.writeString(outDir.resolve(Importer.QUESTIONS_FILE), "questions: []\n");
        assertEquals(1, run("import-gift", gift("A?{T}").toString(), outDir.toString()));
        assertTrue(printed().contains("already exists"), printed());
        assertEquals("questions: []\n", Files.readString(outDir.resolve(Importer.QUESTIONS_FILE)));
    }

    @Test
    void importMoodleXmlWritesABankThatValidates() {
        Path outDir = dir.resolve("imported");
        assertEquals(0, run("import-moodle-xml", "src/test/resources/moodle/sample.xml", outDir.toString()), printed());
        assertTrue(printed().contains("6 questions imported, 3 left out"), printed());
        assertEquals(0, validate(outDir), printed());
    }

    @Test
    void aMoodleXmlFileWithADoctypeIsRefused() {
        assertEquals(1, run("import-moodle-xml", "src/test/resources/moodle/xxe.xml", dir.resolve("o").toString()));
        assertTrue(printed().contains("xxe.xml:2:"), printed());
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void exportGiftOfOneQuizThenImportGivesAValidBank() throws IOException {
        Path file = dir.resolve("quiz.gift");
        assertEquals(0, run("export-gift", "questions", file.toString(), "--quiz", "indictments-exam"), errors());
        assertTrue(printed().startsWith(file + ": "), printed());
        assertTrue(Files.readString(file).contains("::ind-defendants-count::[plain]"));
        out.reset();
        assertEquals(0, run("import-gift", file.toString(), dir.resolve("back").toString()), printed());
        assertEquals(0, validate(dir.resolve("back")), printed());
    }

    @Test
    void exportMoodleXmlOfTheWholeBank() throws IOException {
        Path file = dir.resolve("bank.xml");
        assertEquals(0, run("export-moodle-xml", "questions", file.toString()), errors());
        assertTrue(Files.readString(file).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>"));
        assertTrue(printed().contains("58 questions"), printed());
    }

    @Test
    void anUnknownQuizIsABadArgument() {
        assertEquals(2, run("export-gift", "questions", dir.resolve("x.gift").toString(), "--quiz", "nope"));
        assertTrue(errors().contains("the bank has no quiz 'nope'"), errors());
        assertTrue(errors().contains("Usage: quiz export-gift"), errors());
        assertFalse(Files.exists(dir.resolve("x.gift")));
    }

    @Test
    void missingArgumentsOrAMissingFilePrintTheUsage() {
        assertEquals(2, run("import-gift", "only-one-argument"));
        assertTrue(errors().contains("Usage: quiz import-gift"), errors());
        err.reset();
        assertEquals(2, run("import-moodle-xml", dir.resolve("none.xml").toString(), dir.toString()));
        assertTrue(errors().contains("no such file"), errors());
    }

    @Test
    void anInvalidBankIsNotExported() {
        BankFolder.in(dir.resolve("bad")).file("q.yaml", "questions: [");
        assertEquals(1, run("export-gift", dir.resolve("bad").toString(), dir.resolve("x.gift").toString()));
        assertTrue(errors().contains("the bank is invalid; nothing exported"), errors());
        assertFalse(Files.exists(dir.resolve("x.gift")));
    }

    @Test
    void theHelpListsTheNewCommands() {
        assertEquals(0, run("--help"));
        for (String command : new String[] { "import-gift", "import-moodle-xml", "export-gift", "export-moodle-xml" }) {
            assertTrue(printed().contains(command), printed());
        }
    }
}
