package org.cyberpolicy.quiz.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.cyberpolicy.quiz.cli.QuizCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int validate(String... args) {
        String[] line = new String[args.length + 1];
        line[0] = "validate";
        System.arraycopy(args, 0, line, 1, args.length);
        return QuizCommand.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(line);
    }

    @Test
    void aValidBankExitsZeroWithAOneLineSummary() {
        BankFolder.in(dir).withBasics();
        assertEquals(0, validate(dir.toString()));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.matches("(?s).*valid bank [0-9a-f]{16}: 1 sources, 4 facts, 0 questions, 0 quizzes\\n"), printed);
    }

    @Test
    void anInvalidBankExitsOneAndPrintsEachErrorAsPathLineColumnMessage() {
        BankFolder folder = BankFolder.in(dir).withBasics().file("q.yaml", """
                questions:
                  - id: q1
                    type: numeric
                    prompt: How many were charged?
                    facts: [four-charged]
                    answer: 3
                """);
        assertEquals(1, validate(dir.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(folder.label("q.yaml")
                + ":6:13: the answer 3 of question 'q1' contradicts its fact 'four-charged'"), out.toString());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("the bank is invalid (1 error)"));
    }

    @Test
    void warningsArePrintedButDoNotFailTheCheck() {
        BankFolder.in(dir).withBasics();
        assertEquals(0, validate(dir.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(": warning: fact 'four-charged' is tested by no question"));
    }

    @Test
    void aMissingFolderIsAnError() {
        assertEquals(1, validate(dir.resolve("nowhere").toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("the bank folder does not exist"));
    }

    @Test
    void tooManyArgumentsPrintUsage() {
        assertEquals(2, validate("a", "b"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage: quiz validate"), err.toString());
    }
}
