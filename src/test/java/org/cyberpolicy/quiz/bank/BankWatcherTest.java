package org.cyberpolicy.quiz.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.testing.BankCopy;
import org.cyberpolicy.quiz.testing.StudentFlowProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With quiz.bank.watch=true, changes on disk are picked up by themselves, under the same rule as a reload. */
@QuarkusTest
@TestProfile(BankWatcherTest.Watching.class)
class BankWatcherTest {

    static final String DIR = "target/test-banks/watched";
    private static final Path FILE = Path.of(DIR, "bank.yaml");
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    public static class Watching implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            BankCopy.of(StudentFlowProfile.BANK, "watched");
            return Map.of("quiz.bank.dir", DIR, "quiz.bank.watch", "true", "quiz.bank.watch-quiet", "0.2S");
        }
    }

    @Inject
    CurrentBank currentBank;

    @AfterEach
    void putTheBankBack() throws IOException {
        Files.deleteIfExists(Path.of(DIR, "extra", "more.yaml"));
        Files.deleteIfExists(Path.of(DIR, "extra"));
        String original = Files.readString(Path.of(StudentFlowProfile.BANK, "bank.yaml"));
        Files.writeString(FILE, original);
        currentBank.reload();
        waitFor(() -> currentBank.get().question("t-true-false").orElseThrow().prompt()
                .equals("Five people were charged.") && currentBank.get().facts().size() == 5, "the original bank");
    }

    private static void waitFor(BooleanSupplier condition, String what) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                fail("waited " + PATIENCE.toSeconds() + " s for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }

    @Test
    void aValidChangeOnDiskIsPutInService() throws IOException {
        String before = currentBank.get().version();

        Files.writeString(FILE, Files.readString(FILE).replace("Five people were charged.", "Six people were charged."));

        waitFor(() -> !currentBank.get().version().equals(before), "a new version");
        assertEquals("Six people were charged.", currentBank.get().question("t-true-false").orElseThrow().prompt());
        assertEquals("file watcher", currentBank.lastLoad().cause());
    }

    @Test
    void aBrokenChangeOnDiskLeavesTheBankInServiceAndIsReported() throws IOException {
        Bank before = currentBank.get();
        Instant written = Instant.now();

        Files.writeString(FILE, Files.readString(FILE).replace("      - agency\n", "      - agencyy\n"));

        waitFor(() -> currentBank.lastLoad().at().isAfter(written) && !currentBank.lastLoad().accepted(),
                "the watcher to reject the files");
        assertEquals(before, currentBank.get());
        assertFalse(currentBank.lastLoad().errors().isEmpty());
        assertEquals(46, currentBank.lastLoad().errors().get(0).location().line());
    }

    @Test
    void aFileInANewSubFolderIsSeenToo() throws IOException {
        Path extra = Path.of(DIR, "extra");
        Instant created = Instant.now();
        Files.createDirectories(extra);
        // The folder alone makes a reload; only a watch on the new folder can see a file written after it.
        waitFor(() -> currentBank.lastLoad().at().isAfter(created), "the watcher to reload after the new folder");

        Files.writeString(extra.resolve("more.yaml"), """
                facts:
                  - id: six-groups
                    statement: Several groups went after the same flaws.
                    sources: [test-daily]
                """);

        waitFor(() -> currentBank.get().facts().containsKey("six-groups"), "the new fact");
    }
}
