package org.cyberpolicy.quiz.attempt;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.cyberpolicy.quiz.engine.SnapshotCodec;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one {@link SnapshotCodec} of the application, shared by attempts and training, its cache sized by
 * {@link AttemptConfig#snapshotCacheSize()}: the question engine itself reads no configuration.
 */
class SnapshotCodecs {

    @Produces
    @Singleton
    SnapshotCodec snapshotCodec(ObjectMapper mapper, AttemptConfig config) {
        return new SnapshotCodec(mapper, config.snapshotCacheSize());
    }
}
