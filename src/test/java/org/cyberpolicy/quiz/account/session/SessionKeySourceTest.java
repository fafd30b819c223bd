package org.cyberpolicy.quiz.account.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session key made once in the data folder, kept from its owner's eyes only, and found again at every start. */
class SessionKeySourceTest {

    @TempDir
    Path data;

    private String keyOf(SessionKeySource source) {
        return source.getValue(SessionKeySource.KEY);
    }

    @Test
    void aKeyIsMadeOnceAndFoundAgainByTheNextStart() {
        String first = keyOf(new SessionKeySource(data, false));
        String again = keyOf(new SessionKeySource(data, false));

        assertEquals(first, again);
        assertTrue(first.length() >= 40, "32 random bytes, base64: " + first.length() + " characters");
    }

    @Test
    void twoFoldersHaveTwoKeys() throws Exception {
        Path other = Files.createDirectories(data.resolve("other"));

        assertNotEquals(keyOf(new SessionKeySource(data, false)), keyOf(new SessionKeySource(other, false)));
    }

    @Test
    void theFileIsReadableByItsOwnerOnly() throws Exception {
        keyOf(new SessionKeySource(data, false));

        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(data.resolve(SessionKeySource.FILE))));
    }

    @Test
    void nothingIsMadeUntilTheKeyIsAskedFor() {
        SessionKeySource source = new SessionKeySource(data, false);

        assertNull(source.getValue("quiz.data.dir"));
        assertTrue(source.getProperties().isEmpty(), "the key is never listed with the configuration");
        assertTrue(Files.notExists(data.resolve(SessionKeySource.FILE)));
    }

    @Test
    void aKeyFileTooShortToBeAKeyIsRefusedWithWhatToDo() throws Exception {
        Files.writeString(data.resolve(SessionKeySource.FILE), "short\n");

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> keyOf(new SessionKeySource(data, false)));
        assertTrue(refused.getMessage().contains("delete the file"), refused.getMessage());
    }

    @Test
    void withPostgresqlNoKeyIsMadeUpAndTheStartIsRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> keyOf(new SessionKeySource(data, true)));

        assertTrue(refused.getMessage().contains("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY"), refused.getMessage());
        assertTrue(Files.notExists(data.resolve(SessionKeySource.FILE)));
    }
}
