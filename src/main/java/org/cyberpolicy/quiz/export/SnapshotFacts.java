package org.cyberpolicy.quiz.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The fact ids of a frozen question, read from its stored snapshot (a {@code FrozenQuestion} as JSON) without
 * building the question: a streaming parse that skips everything but {@code facts[].id}. A question's facts are fixed
 * by the bank version it was drawn from (a hash of the bank's files), so the ids are remembered per
 * (bank version, question id) for the length of one export, and each snapshot is read once per export however many
 * attempts showed that question.
 */
public final class SnapshotFacts {

    private record Key(String bankVersion, String questionId) {
    }

    private final JsonFactory factory;
    private final Map<Key, List<String>> known = new HashMap<>();
    private int snapshotsRead;

    public SnapshotFacts(JsonFactory factory) {
        this.factory = factory;
    }

    /** The fact ids of a question, reading {@code snapshot} only when this bank version's question is new. */
    public List<String> of(String bankVersion, String questionId, Supplier<String> snapshot) {
        return known.computeIfAbsent(new Key(bankVersion, questionId), key -> {
            snapshotsRead++;
            return read(snapshot.get());
        });
    }

    /** How many snapshots were parsed so far. */
    public int snapshotsRead() {
        return snapshotsRead;
    }

    /** The fact ids listed in a snapshot, in its order. */
    public List<String> read(String snapshot) {
        List<String> ids = new ArrayList<>();
        try (JsonParser json = factory.createParser(snapshot)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a question snapshot is not a JSON object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                if (field.equals("facts") && value == JsonToken.START_ARRAY) {
                    while (json.nextToken() == JsonToken.START_OBJECT) {
                        readFactId(json, ids);
                    }
                } else {
                    json.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable question snapshot", e);
        }
        return List.copyOf(ids);
    }

    private static void readFactId(JsonParser json, List<String> ids) throws IOException {
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            if (field.equals("id")) {
                ids.add(json.getValueAsString());
            } else {
                json.skipChildren();
            }
        }
    }
}
