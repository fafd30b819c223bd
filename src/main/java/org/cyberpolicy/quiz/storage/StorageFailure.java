package org.cyberpolicy.quiz.storage;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/**
 * Recognises a failure of the database's storage (disk full, file too large, read-only, a store closed after such a
 * failure) among the exceptions a request can end with. Both causes and suppressed exceptions are searched, since a
 * failed commit reaches the application as a transaction manager's rollback exception that carries the database's
 * error only as a suppressed one.
 */
public final class StorageFailure {

    /** H2's store errors about the file itself: reading or writing failed, store closed, file corrupt. */
    private static final Set<Integer> H2_STORE_CODES = Set.of(DataUtils.ERROR_READING_FAILED,
            DataUtils.ERROR_WRITING_FAILED, DataUtils.ERROR_CLOSED, DataUtils.ERROR_FILE_CORRUPT);
    /** H2 error codes: database closed, I/O error (two forms), database read-only, no disk space. */
    private static final Set<Integer> H2_STORAGE_CODES = Set.of(90098, 90028, 90031, 90097, 90100);
    /** SQLSTATEs: PostgreSQL's disk_full and io_error, and the standard read-only transaction. */
    private static final Set<String> STORAGE_STATES = Set.of("53100", "58030", "25006");

    private StorageFailure() {
    }

    /** The exception that shows a storage failure somewhere in {@code failure}'s causes, if there is one. */
    public static Optional<Throwable> in(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> toVisit = new ArrayDeque<>();
        toVisit.add(failure);
        while (!toVisit.isEmpty() && seen.size() < 64) {
            Throwable t = toVisit.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (isStorage(t)) {
                return Optional.of(t);
            }
            if (t.getCause() != null) {
                toVisit.add(t.getCause());
            }
            Collections.addAll(toVisit, t.getSuppressed());
        }
        return Optional.empty();
    }

    private static boolean isStorage(Throwable t) {
        if (t instanceof MVStoreException store) {
            // Not every store error: a row lock that timed out (ERROR_TRANSACTION_LOCKED) is contention, not storage.
            return H2_STORE_CODES.contains(store.getErrorCode());
        }
        if (t instanceof SQLException sql) {
            return H2_STORAGE_CODES.contains(sql.getErrorCode())
                    || (sql.getSQLState() != null && STORAGE_STATES.contains(sql.getSQLState()));
        }
        return false;
    }
}
