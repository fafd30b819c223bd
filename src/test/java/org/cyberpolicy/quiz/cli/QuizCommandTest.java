package org.cyberpolicy.quiz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The packaged jar's command line: what it says to a mistyped command, a bad argument and a request for help. */
class QuizCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return QuizCommand.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anUnknownCommandIsAUsageErrorThatNamesItAndListsTheCommands() {
        assertEquals(2, run("frobnicate"));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("'frobnicate'"), said);
        assertTrue(said.contains("serve") && said.contains("validate"), said);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(2, run("--frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--frobnicate"), printed());
    }

    @Test
    void helpListsEveryCommandAndExitsZero() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("Usage: quiz"), help);
        assertTrue(help.contains("serve") && help.contains("validate") && help.contains("help"), help);
    }

    @Test
    void helpOfOneCommandDescribesItsArguments() {
        assertEquals(0, run("help", "validate"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("[DIR]"), printed());
    }

    @Test
    void aCommandGivenTooManyArgumentsIsAUsageError() {
        assertEquals(2, run("serve", "now"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage: quiz serve"), printed());
    }
}
