package org.cyberpolicy.quiz.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A fresh copy of a test bank under {@code target/test-banks/}, for tests that edit the bank: the shipped
 * {@code questions/} folder and the banks under {@code src/test/resources} are never written.
 */
public final class BankCopy {

    private BankCopy() {
    }

    /** Copies {@code bank} to {@code target/test-banks/<name>}, replacing whatever an earlier run left there. */
    public static Path of(String bank, String name) {
        Path copy = Path.of("target", "test-banks", name);
        try {
            delete(copy);
            Path from = Path.of(bank);
            try (Stream<Path> paths = Files.walk(from)) {
                for (Path path : (Iterable<Path>) paths::iterator) {
                    Path to = copy.resolve(from.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(path, to);
                    }
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
