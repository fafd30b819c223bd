package org.cyberpolicy.quiz.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.SQLException;

import org.h2.mvstore.DataUtils;
import org.junit.jupiter.api.Test;

/** Which failures are the storage's: only those are answered "storage is full", the others stay server errors. */
class StorageFailureTest {

    @Test
    void aCommitThatCouldNotWriteTheFileIsAStorageFailureEvenWhenOnlySuppressed() {
        SQLException h2 = new SQLException("General error", "HY000", 50000,
                DataUtils.newMVStoreException(DataUtils.ERROR_WRITING_FAILED, "Writing to {0} failed", "file",
                        new IOException("File too large")));
        Exception rollback = new IllegalStateException("Could not commit transaction");
        rollback.addSuppressed(new RuntimeException("XA commit failed", h2));

        assertTrue(StorageFailure.in(new RuntimeException("Error invoking subclass method", rollback)).isPresent());
    }

    @Test
    void aClosedOrReadOnlyDatabaseIsAStorageFailure() {
        assertTrue(StorageFailure.in(new SQLException("The database has been closed", "90098", 90098)).isPresent());
        assertTrue(StorageFailure.in(new SQLException("The database is read only", "90097", 90097)).isPresent());
    }

    @Test
    void aFullPostgresqlDiskIsAStorageFailure() {
        assertTrue(StorageFailure.in(new SQLException("could not extend file: No space left on device", "53100"))
                .isPresent());
    }

    @Test
    void aLockTimeoutIsContentionNotStorage() {
        SQLException timeout = new SQLException("Timeout trying to lock table", "HYT00", 50200,
                DataUtils.newMVStoreException(DataUtils.ERROR_TRANSACTION_LOCKED, "Map entry is locked"));

        assertFalse(StorageFailure.in(new RuntimeException(timeout)).isPresent());
    }

    @Test
    void anIoErrorOutsideTheDatabaseIsNotTheStorage() {
        assertFalse(StorageFailure.in(new IOException("Connection reset by peer")).isPresent());
        assertFalse(StorageFailure.in(new SQLException("Unique index or primary key violation", "23505", 23505))
                .isPresent());
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        assertFalse(StorageFailure.in(a).isPresent());
    }
}
