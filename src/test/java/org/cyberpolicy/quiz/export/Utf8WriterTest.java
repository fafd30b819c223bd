package org.cyberpolicy.quiz.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The export's UTF-8 writer writes exactly the bytes Java's own encoder does. */
class Utf8WriterTest {

    private static byte[] written(String... pieces) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Writer writer = new Utf8Writer(bytes)) {
            for (String piece : pieces) {
                writer.write(piece);
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void asciiAccentsAndCharactersBeyondTheBasicPlaneAreEncodedAsUtf8() throws IOException {
        String text = "plain, Zoë, 中国, \uD83D\uDD12 lock, \u00A0";

        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), written("plain, ", "Zoë, 中国, ", "\uD83D\uDD12 lock, \u00A0"));
    }

    @Test
    void textLongerThanTheBufferArrivesWhole() throws IOException {
        String text = "é".repeat(50_000) + "x".repeat(100_000) + "\uD83D\uDD12".repeat(30_000);

        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), written(text));
    }

    @Test
    void anUnpairedSurrogateBecomesAQuestionMark() throws IOException {
        assertEquals("a?b", new String(written("a\uD83Db"), StandardCharsets.UTF_8));
    }

    @Test
    void singleCharactersAndCharArraysAreWrittenToo() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Writer writer = new Utf8Writer(bytes)) {
            writer.write(',');
            writer.write("ab\u00E9cd".toCharArray(), 1, 3);
        }

        assertEquals(",b\u00E9c", bytes.toString(StandardCharsets.UTF_8));
    }
}
