package org.cyberpolicy.quiz.cli;

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
 * The packaged jar given a command it does not have, or asked for help, as an operator would type it: it answers at
 * once and starts nothing (no server, no database).
 */
class CommandLineIT {

    private static final Path PROJECT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
    private static final Path JAR = PROJECT.resolve("target/quarkus-app/quarkus-run.jar");

    @TempDir
    Path workingDir;

    private record Run(int exitCode, String output) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true)
                .start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", args) + " did not finish");
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownCommandExitsTwoWithTheUsageAndStartsNothing() throws Exception {
        Run run = run("frobnicate");

        assertEquals(2, run.exitCode(), run.output());
        assertTrue(run.output().contains("'frobnicate'") && run.output().contains("Usage: quiz"), run.output());
        assertFalse(run.output().contains("Listening on"), run.output());
        assertFalse(Files.exists(workingDir.resolve("data")), "an unknown command created a database folder");
    }

    @Test
    void helpListsTheCommandsAndExitsZero() throws Exception {
        Run run = run("--help");

        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("serve") && run.output().contains("validate"), run.output());
        assertFalse(run.output().contains("Listening on"), run.output());
    }
}
