package org.cyberpolicy.quiz.bank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cyberpolicy.quiz.bank.edit.BankFile;
import org.cyberpolicy.quiz.bank.edit.EditResult;
import org.cyberpolicy.quiz.bank.load.LoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.runtime.configuration.MemorySize;

/** A broken edit, on disk or in the browser, never replaces the bank in service. */
class CurrentBankTest {

    @TempDir
    Path dir;

    private CurrentBank currentBankOver(Path folder) {
        return new CurrentBank(new BankConfig() {
            @Override
            public String dir() {
                return folder.toString();
            }

            @Override
            public MemorySize maxFileSize() {
                return new MemorySize(java.math.BigInteger.valueOf(DEFAULT_MAX_FILE_BYTES));
            }

            @Override
            public long maxAliasedNodes() {
                return 10_000;
            }

            @Override
            public boolean watch() {
                return false;
            }

            @Override
            public java.time.Duration watchQuiet() {
                return java.time.Duration.ofMillis(400);
            }
        });
    }

    @Test
    void refusesToStartOnAnInvalidBank() {
        BankFolder.in(dir).file("broken.yaml", "facts: [oops");
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> currentBankOver(dir));
        assertTrue(failure.getMessage().contains("broken.yaml:"), failure.getMessage());
    }

    @Test
    void keepsTheWorkingBankWhenAReloadFindsErrors() {
        BankFolder folder = BankFolder.in(dir).withBasics();
        CurrentBank current = currentBankOver(dir);
        Bank before = current.get();

        folder.file("basics.yaml", BankFolder.BASICS.replace("value: 4", "value: [4"));
        assertInstanceOf(LoadResult.Rejected.class, current.reload());

        assertSame(before, current.get());
    }

    @Test
    void swapsInAValidEditWithANewVersion() {
        BankFolder folder = BankFolder.in(dir).withBasics();
        CurrentBank current = currentBankOver(dir);
        String before = current.get().version();

        folder.file("more.yaml", """
                facts:
                  - id: six-groups
                    statement: Six groups went after the flaws.
                    sources: [daily]
                """);
        assertInstanceOf(LoadResult.Loaded.class, current.reload());

        assertEquals(5, current.get().facts().size());
        assertNotEquals(before, current.get().version());
    }

    @Test
    void aRejectedReloadIsKeptAsTheLastLoadWithTheVersionStillInService() {
        BankFolder folder = BankFolder.in(dir).withBasics();
        CurrentBank current = currentBankOver(dir);
        String running = current.get().version();

        folder.file("basics.yaml", BankFolder.BASICS.replace("value: 4", "value: [4"));
        current.reload();

        LoadStatus last = current.lastLoad();
        assertFalse(last.accepted());
        assertEquals(running, last.runningVersion());
        assertEquals("reload", last.cause());
        assertFalse(last.errors().isEmpty());
    }

    @Test
    void aValidEditIsWrittenAndSwappedIn() throws IOException {
        BankFolder.in(dir).withBasics();
        CurrentBank current = currentBankOver(dir);
        BankFile file = current.files().resolve("basics.yaml");
        String edited = BankFolder.BASICS.replace("Four people were charged.", "Four people were indicted.");

        EditResult result = current.save(file, edited, current.files().read(file).hash());

        assertInstanceOf(EditResult.Saved.class, result);
        assertEquals(edited, Files.readString(file.path()));
        assertEquals("Four people were indicted.", current.get().facts().get("four-charged").statement());
        assertEquals("edit of basics.yaml", current.lastLoad().cause());
    }

    @Test
    void anEditThatBreaksAnotherFileIsRefusedAndChangesNothing() throws IOException {
        BankFolder folder = BankFolder.in(dir).withBasics().file("question.yaml", """
                questions:
                  - id: q
                    type: numeric
                    prompt: How many people were charged?
                    facts: [four-charged]
                """);
        CurrentBank current = currentBankOver(dir);
        Bank before = current.get();
        LoadStatus lastBefore = current.lastLoad();
        BankFile file = current.files().resolve("basics.yaml");
        byte[] bytes = Files.readAllBytes(file.path());
        String withoutTheFact = BankFolder.BASICS.replace("four-charged", "four-indicted");

        EditResult result = current.save(file, withoutTheFact, current.files().read(file).hash());

        EditResult.Invalid invalid = assertInstanceOf(EditResult.Invalid.class, result);
        folder.assertError(invalid.errors(), "question.yaml", 5, 13, "'four-charged'");
        assertArrayEquals(bytes, Files.readAllBytes(file.path()));
        assertSame(before, current.get());
        assertSame(lastBefore, current.lastLoad(), "the files on disk did not change, nor what was said of them");
    }

    @Test
    void anEditFromAStaleCopyIsRefusedAndChangesNothing() throws IOException {
        BankFolder folder = BankFolder.in(dir).withBasics();
        CurrentBank current = currentBankOver(dir);
        Bank before = current.get();
        BankFile file = current.files().resolve("basics.yaml");
        String hash = current.files().read(file).hash();
        String theirs = BankFolder.BASICS.replace("The Daily", "The Weekly");
        folder.file("basics.yaml", theirs);

        EditResult result = current.save(file, BankFolder.BASICS.replace("Four people", "4 people"), hash);

        EditResult.Stale stale = assertInstanceOf(EditResult.Stale.class, result);
        assertEquals(theirs, stale.onDisk().text());
        assertEquals(theirs, Files.readString(file.path()));
        assertSame(before, current.get());
    }
}
