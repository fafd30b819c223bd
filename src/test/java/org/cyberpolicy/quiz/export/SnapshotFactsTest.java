package org.cyberpolicy.quiz.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;

/** Fact ids read from a stored question snapshot without building the question. */
class SnapshotFactsTest {

    /** The shape SnapshotCodec writes: the presented question first, then the facts with their sources. */
    private static final String SNAPSHOT = """
            {"presented":{"question":{"kind":"single","id":"q1","facts":["decoy"],"choices":[{"id":"x"}]},
             "layout":{"order":[1,0],"rightOrder":[]}},
             "facts":[{"id":"four-charged","statement":"Four.","sources":[{"id":"src","title":"T"}]},
                      {"statement":"Second.","id":"announced","sources":[]}]}""";

    @Test
    void readsTheIdsOfTheFrozenFactsInOrder() {
        assertEquals(List.of("four-charged", "announced"), new SnapshotFacts(new JsonFactory()).read(SNAPSHOT));
    }

    @Test
    void aQuestionWithoutFactsHasNone() {
        assertEquals(List.of(), new SnapshotFacts(new JsonFactory()).read("{\"presented\":{},\"facts\":[]}"));
    }

    @Test
    void eachBankVersionAndQuestionIsParsedOnce() {
        SnapshotFacts facts = new SnapshotFacts(new JsonFactory());
        AtomicInteger fetched = new AtomicInteger();
        for (int i = 0; i < 1000; i++) {
            facts.of("v1", "q1", () -> {
                fetched.incrementAndGet();
                return SNAPSHOT;
            });
        }
        facts.of("v2", "q1", () -> {
            fetched.incrementAndGet();
            return SNAPSHOT;
        });
        assertEquals(2, fetched.get());
        assertEquals(2, facts.snapshotsRead());
    }
}
