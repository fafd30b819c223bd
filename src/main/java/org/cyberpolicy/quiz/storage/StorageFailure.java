package org.cyberpolicy.quiz.storage;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a failure of the database's storage (disk full, file too large, read-only, a store closed after such a
 * failure) among the exceptions a request can end with. Both causes and suppressed exceptions are searched, since a
 * failed commit reaches the application as a transaction manager's rollback exception that carries the database's
 * error only as a suppressed one.
 */
public final class StorageFailure {

    /** H2's store classes, which only throw for trouble with the file itself (writing failed, closed, corrupt). */
    private static final String H2_STORE_EXCEPTION = "org.h2.mvstore.MVStoreException";
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
        if (H2_STORE_EXCEPTION.equals(t.getClass().getName())) {
            return true;
        }
        if (t instanceof SQLException sql) {
            return H2_STORAGE_CODES.contains(sql.getErrorCode())
                    || (sql.getSQLState() != null && STORAGE_STATES.contains(sql.getSQLState()));
        }
        return false;
    }
}
