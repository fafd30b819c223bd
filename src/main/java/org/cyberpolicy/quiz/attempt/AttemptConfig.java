package org.cyberpolicy.quiz.attempt;

import java.time.Duration;

import org.cyberpolicy.quiz.engine.SnapshotCodec;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Rules of timed attempts. */
@ConfigMapping(prefix = "quiz.attempt")
public interface AttemptConfig {

    /**
     * How long after the deadline a request may still arrive with a last save or submit: the network's delay between
     * the browser's last moment and the server, not extra time. Requests are judged by when they arrived, not by when
     * the server got to them (see {@link AnswerClock}), so a class submitting at once loses nothing to the queue.
     * Default 5 seconds.
     */
    @WithDefault("5S")
    Duration grace();

    /**
     * How long after an attempt's deadline and grace the scheduler waits before it closes the attempt when nobody comes
     * back to it: a last request that arrived in time may still be waiting for a busy server (the connection pool waits
     * up to 30 s). Any request on the attempt closes it at once. Default 1 minute.
     */
    @WithDefault("60S")
    Duration closeDelay();

    /** How often attempts whose time ran out are closed and graded, even if their student never comes back. */
    @WithDefault("15S")
    Duration expiryCheck();

    /**
     * How many attempt questions' frozen questions are kept in memory (see {@link FrozenQuestions}), and as many parsed
     * snapshot texts (see {@link SnapshotCodec}); each is needed again on every view, save, submit and review of its
     * attempt. Equal snapshots share one parsed copy of about 3 KB: the default, enough for a class of 1 000 students
     * on a 20-question exam, takes up to some 60 MB. 0 turns both caches off.
     */
    @WithDefault("20000")
    long snapshotCacheSize();

    /**
     * How many open attempts' rendered questions the attempt page keeps in memory (about 17 KB each for 20 questions),
     * to show an attempt again without reading its questions while its answers have not changed. The default covers a
     * class of 1 000 students twice over, in some 35 MB. 0 turns it off.
     */
    @WithDefault("2000")
    long pageCacheSize();
}
