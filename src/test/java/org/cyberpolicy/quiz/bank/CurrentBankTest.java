package org.cyberpolicy.quiz.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.cyberpolicy.quiz.bank.load.LoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.runtime.configuration.MemorySize;

/** A broken edit never replaces the bank in service. */
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
}
