package org.cyberpolicy.quiz.storage;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.Store;

/**
 * One pass of H2's own chunk rewriting on a running embedded database: the live pages of chunks that are mostly dead
 * are written again into a new chunk, so that the old chunks die whole and their space is used again.
 * <p>
 * Why the app does this itself: every commit appends a chunk to the file, and a chunk's space is reused only once
 * nothing in it is live. H2 rewrites half-dead chunks in its background writer, but with {@code WRITE_DELAY=0} (which
 * makes every acknowledged commit durable) that thread never starts, so a chunk pinned by one long-lived page (a full
 * leaf of a table that is only appended to) stays for good, and the file grows with every commit until a normal stop.
 * {@link MVStore#compact(int, int)} is the same rewrite the background writer does, under the store's lock; it never
 * moves chunks within the file (that part of H2's compaction is not safe while others write), and it never overwrites a
 * chunk younger than the store's retention time (H2's default 45 s), so what a crash needs to recover stays.
 */
final class ChunkRewrite {

    private ChunkRewrite() {
    }

    /**
     * Rewrites chunks while the chunks' live share is under {@code belowFillPercent}, writing at most
     * {@code maxWriteBytes}; true when something was rewritten. False, and nothing done, for a database that is not an
     * embedded H2 one with a file (in memory, a server, another database).
     */
    static boolean pass(Connection connection, int belowFillPercent, int maxWriteBytes) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)) {
            return false;
        }
        if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            return false;
        }
        Store store = session.getDatabase().getStore();
        if (store == null || store.getMvStore().getFileStore() == null || store.getMvStore().isClosed()) {
            return false;
        }
        return store.getMvStore().compact(belowFillPercent, maxWriteBytes);
    }
}
