package org.cyberpolicy.quiz.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application's {@code validate} command, run as an instructor's pre-commit hook would run it:
 * {@code java -jar target/quarkus-app/quarkus-run.jar validate DIR}.
 */
class ValidateCommandIT {

    private static final Path PROJECT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
    private static final Path JAR = PROJECT.resolve("target/quarkus-app/quarkus-run.jar");

    @TempDir
    Path workingDir;

    private record Run(int exitCode, String output) {
    }

    private Run validate(String folder) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "validate", folder));
        Process process = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "validate did not finish");
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void theShippedBankIsValid() throws Exception {
        Run run = validate(PROJECT.resolve("questions").toString());
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().strip().matches(".*questions: valid bank [0-9a-f]{16}: 3 sources, 35 facts, \\d+ questions \\(\\+ \\d+ generated\\), \\d+ quizzes"),
                run.output());
    }

    @Test
    void aBrokenBankExitsOneWithItsErrors() throws Exception {
        BankFolder folder = BankFolder.in(workingDir.resolve("bank")).withBasics().file("q.yaml", """
                questions:
                  - id: q1
                    type: single
                    prompt: Which ministry?
                    facts: [agency]
                    choices:
                      - text: State Security
                        correct: true
                      - text: Public Security
                        correct: true
                """);
        Run run = validate(folder.path().toString());
        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.output().contains(folder.label("q.yaml") + ":7:7: single-choice question 'q1' needs exactly one"
                + " correct choice, but has 2 (a, b)"), run.output());
    }

    @Test
    void startsNeitherTheWebServerNorTheDatabase() throws Exception {
        Run run = validate(PROJECT.resolve("questions").toString());
        assertFalse(run.output().contains("Listening on"), run.output());
        assertFalse(run.output().contains("Flyway"), run.output());
        assertFalse(Files.exists(workingDir.resolve("data")), "validate created a database folder");
    }
}
