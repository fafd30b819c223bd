package org.cyberpolicy.quiz.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Everything logged, by any logger of the app under test, while it is open. */
public final class LogCapture extends Handler implements AutoCloseable {

    private final Logger root = Logger.getLogger("");
    private final List<LogRecord> records = new ArrayList<>();

    public LogCapture() {
        setLevel(Level.ALL);
        root.addHandler(this);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        records.add(record);
    }

    /** Errors and anything logged with a stack trace. */
    public synchronized List<String> failures() {
        return records.stream().filter(r -> r.getThrown() != null || r.getLevel().intValue() >= Level.SEVERE
                .intValue()).map(r -> r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage()).toList();
    }

    /** Every message logged, formatted. */
    public synchronized List<String> messages() {
        return records.stream().map(r -> r instanceof org.jboss.logmanager.ExtLogRecord ext
                ? ext.getFormattedMessage() : r.getMessage()).toList();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        root.removeHandler(this);
    }
}
