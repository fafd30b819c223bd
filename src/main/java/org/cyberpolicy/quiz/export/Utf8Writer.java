package org.cyberpolicy.quiz.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A buffered UTF-8 writer for one export's rows, for one thread: what a {@code BufferedWriter} over an
 * {@code OutputStreamWriter} does, without a lock taken and an encoder called for every field (a sixth of a large
 * export's time, measured; docs/performance.md). Text is encoded a whole string at a time, so a surrogate pair must not
 * be split between two calls (the CSV writer always hands over whole fields); an unpaired surrogate becomes {@code ?},
 * as with {@code OutputStreamWriter}.
 */
final class Utf8Writer extends Writer {

    private static final int BUFFER = 64 * 1024;

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER];
    private int used;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        int end = offset + length;
        int i = offset;
        // ASCII, by far the most of an export, goes straight into the buffer.
        while (i < end) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                break;
            }
            if (used == BUFFER) {
                drain();
            }
            buffer[used++] = (byte) c;
            i++;
        }
        if (i < end) {
            put(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        write(new String(chars, offset, length), 0, length);
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c), 0, 1);
    }

    private void put(byte[] bytes) throws IOException {
        int from = 0;
        while (from < bytes.length) {
            if (used == BUFFER) {
                drain();
            }
            int n = Math.min(bytes.length - from, BUFFER - used);
            System.arraycopy(bytes, from, buffer, used, n);
            used += n;
            from += n;
        }
    }

    private void drain() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}
