package org.cyberpolicy.quiz.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/** The shipped list of common passwords is the one {@link CommonPasswordList} makes, and what the check reads. */
class CommonPasswordListTest {

    @Test
    void theShippedFileIsWhatTheGeneratorMakes() throws IOException {
        assertEquals(CommonPasswordList.fileText(), Files.readString(CommonPasswordList.FILE, StandardCharsets.UTF_8),
                "common-passwords.txt differs from CommonPasswordList: run its main method (see its comment)");
    }

    @Test
    void theCheckReadsEveryEntry() {
        assertEquals(CommonPasswordList.generate().size(), CommonPasswords.size());
    }

    @Test
    void itHoldsWellOverAThousandEntries() {
        assertTrue(CommonPasswords.size() > 1500, "only " + CommonPasswords.size() + " entries");
    }

    @Test
    void everyEntryIsWrittenAsTheCheckComparesIt() {
        for (String entry : CommonPasswordList.generate()) {
            assertEquals(CommonPasswords.compact(entry), entry);
            assertTrue(entry.length() >= CommonPasswordList.SHORTEST, entry);
            assertTrue(CommonPasswords.contains(entry), entry);
        }
    }
}
