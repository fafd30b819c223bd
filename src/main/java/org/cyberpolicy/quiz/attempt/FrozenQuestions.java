package org.cyberpolicy.quiz.attempt;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.cyberpolicy.quiz.engine.FrozenQuestion;
import org.cyberpolicy.quiz.engine.SnapshotCodec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The frozen questions of attempts: stored once when an attempt starts, then read on every view, save, submit and
 * review of it. They are remembered by their row, so that those reads touch neither the snapshot's JSON nor the
 * database; only a question not in memory is read, with the others missing from the same request, in one query (a
 * thousand at a time).
 * <p>
 * Why a row can be trusted to name its snapshot: a snapshot is written with its row and never changes, and the key
 * is the row's id together with its attempt's random 64-bit seed. Ids alone could come round again (a database
 * restored from a backup while the app runs hands out ids it had already used since); a seed drawn again as well would
 * take about four billion attempts on the same id.
 */
@ApplicationScoped
public class FrozenQuestions {

    private record Key(long attemptQuestionId, long attemptSeed) {
        static Key of(AttemptQuestion row) {
            return new Key(row.id, row.attempt.seed);
        }
    }

    private final SnapshotCodec codec;
    private final Cache<Key, FrozenQuestion> byRow;

    @Inject
    FrozenQuestions(SnapshotCodec codec, AttemptConfig config) {
        this(codec, config.snapshotCacheSize());
    }

    FrozenQuestions(SnapshotCodec codec, long cacheSize) {
        this.codec = codec;
        // Size 0 means no cache at all (Caffeine would still hold an entry until its asynchronous eviction runs).
        this.byRow = cacheSize > 0 ? Caffeine.newBuilder().maximumSize(cacheSize).build() : null;
    }

    /** Stores the snapshot of a row just persisted (its id assigned), and remembers it. */
    void store(AttemptQuestion row, FrozenQuestion frozen) {
        String json = codec.write(frozen);
        AttemptQuestionSnapshot.of(row, json).persist();
        if (byRow != null) {
            // Read back through the codec: equal snapshots of other attempts then share one parsed record.
            byRow.put(Key.of(row), codec.read(json));
        }
    }

    /** The frozen question of one row. */
    public FrozenQuestion of(AttemptQuestion row) {
        return of(List.of(row)).get(row.id);
    }

    /** The frozen questions of these rows, by row id. */
    public Map<Long, FrozenQuestion> of(Collection<AttemptQuestion> rows) {
        Map<Long, FrozenQuestion> found = new HashMap<>();
        Map<Long, AttemptQuestion> missing = new HashMap<>();
        for (AttemptQuestion row : rows) {
            FrozenQuestion known = byRow == null ? null : byRow.getIfPresent(Key.of(row));
            if (known != null) {
                found.put(row.id, known);
            } else {
                missing.put(row.id, row);
            }
        }
        List<Long> ids = new ArrayList<>(missing.keySet());
        AttemptQuestionSnapshot.textsOf(ids).forEach((id, json) -> {
            FrozenQuestion frozen = codec.read(json);
            found.put(id, frozen);
            if (byRow != null) {
                byRow.put(Key.of(missing.get(id)), frozen);
            }
        });
        List<Long> lost = ids.stream().filter(id -> !found.containsKey(id)).toList();
        if (!lost.isEmpty()) {
            throw new IllegalStateException("no stored snapshot for attempt question(s) " + lost);
        }
        return found;
    }
}
