package org.cyberpolicy.quiz.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.engine.Layout;
import org.cyberpolicy.quiz.engine.SnapshotCodec;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/** The layout of a frozen question cut out of its snapshot without parsing the rest. */
class ReadableResponsesTest {

    private final ReadableResponses readable = new ReadableResponses(
            new SnapshotCodec(new ObjectMapper().registerModule(new Jdk8Module()), 0), new JsonFactory());

    @Test
    void readsTheOrdersOfALayoutInEitherOrderOfItsFields() {
        assertEquals(Optional.of(new Layout(List.of(2, 0, 1), List.of())),
                ReadableResponses.parseLayout("{\"order\":[2,0,1],\"rightOrder\":[]}"));
        assertEquals(Optional.of(new Layout(List.of(1, 0), List.of(3, 1, 0, 2))),
                ReadableResponses.parseLayout("{\"rightOrder\":[3, 1, 0, 2], \"order\":[1,0]}"));
        assertEquals(Optional.empty(), ReadableResponses.parseLayout("{\"order\":[\"x\"],\"rightOrder\":[]}"));
    }

    @Test
    void findsTheLayoutKeyNotTheSameWordsInsideAText() {
        String snapshot = "{\"presented\":{\"question\":{\"kind\":\"single\",\"prompt\":\"A \\\"layout\\\": trap {\"},"
                + "\"layout\":{\"order\":[1,0],\"rightOrder\":[]}},\"facts\":[]}";

        assertEquals(new Layout(List.of(1, 0), List.of()), readable.layout(snapshot));
    }
}
