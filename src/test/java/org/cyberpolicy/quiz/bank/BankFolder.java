package org.cyberpolicy.quiz.bank;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.cyberpolicy.quiz.bank.load.BankLoader;
import org.cyberpolicy.quiz.bank.load.LoadResult;
import org.cyberpolicy.quiz.bank.yaml.YamlLimits;

/**
 * Test data: a bank folder on disk, written file by file, with a small valid base to which a test adds the one
 * thing it is about.
 */
public final class BankFolder {

    /** One source and four facts (a number, a date, a text with aliases, and one without a value); lines matter. */
    public static final String BASICS = """
            sources:
              - id: daily
                outlet: The Daily
                title: Four charged
                published: 2021-07-19
            facts:
              - id: four-charged
                statement: Four people were charged.
                value: 4
                sources: [daily]
              - id: announced
                statement: The charges were announced on 19 July 2021.
                value: 2021-07-19
                sources: [daily]
              - id: agency
                statement: The four worked for the Ministry of State Security.
                value: Ministry of State Security
                aliases: [MSS]
                sources: [daily]
              - id: front-company
                statement: They worked through a front company.
                sources: [daily]
            """;

    private final Path dir;

    private BankFolder(Path dir) {
        this.dir = dir;
    }

    public static BankFolder in(Path dir) {
        return new BankFolder(dir);
    }

    public BankFolder withBasics() {
        return file("basics.yaml", BASICS);
    }

    public BankFolder file(String name, String yaml) {
        return bytes(name, yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public BankFolder bytes(String name, byte[] content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path() {
        return dir;
    }

    /** The name under which problems in {@code file} are reported. */
    public String label(String file) {
        return dir.resolve(file).toString();
    }

    public LoadResult load() {
        return new BankLoader(BankConfig.DEFAULT_MAX_FILE_BYTES, YamlLimits.DEFAULT).load(dir);
    }

    public Bank loadValid() {
        LoadResult result = load();
        if (result instanceof LoadResult.Rejected rejected) {
            fail("expected a valid bank, got:\n" + lines(rejected.errors()));
        }
        return ((LoadResult.Loaded) result).bank();
    }

    public List<BankProblem> loadErrors() {
        return assertInstanceOf(LoadResult.Rejected.class, load(), "expected the bank to be rejected").errors();
    }

    /** Asserts that exactly one error was reported, at that place, with a message containing {@code fragment}. */
    public BankProblem assertOnlyError(String file, int line, int column, String fragment) {
        List<BankProblem> errors = loadErrors();
        if (errors.size() != 1) {
            fail("expected exactly one error, got " + errors.size() + ":\n" + lines(errors));
        }
        return assertError(errors, file, line, column, fragment);
    }

    public BankProblem assertError(List<BankProblem> errors, String file, int line, int column, String fragment) {
        Location expected = new Location(label(file), line, column);
        return errors.stream()
                .filter(p -> p.location().equals(expected) && p.message().contains(fragment))
                .findFirst()
                .orElseGet(() -> fail("expected an error at " + expected + " containing \"" + fragment + "\", got:\n"
                        + lines(errors)));
    }

    static String lines(List<BankProblem> problems) {
        return problems.stream().map(BankProblem::toString).collect(Collectors.joining("\n"));
    }
}
