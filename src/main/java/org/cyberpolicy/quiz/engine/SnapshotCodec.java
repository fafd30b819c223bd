package org.cyberpolicy.quiz.engine;

import java.io.UncheckedIOException;
import java.util.Arrays;

import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.QuestionType;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Writes a {@link FrozenQuestion} to the JSON kept in the database, and reads it back. The bank's records stay free
 * of storage annotations: the question type is named through a mix-in, by its name in bank files
 * ({@code "kind": "single"}), for every {@link QuestionType}.
 * <p>
 * Reading is cached by the JSON text itself: a snapshot never changes once written, every page view, save, submit and
 * review of an attempt reads all its snapshots again, and parsing them was the largest cost of the attempt page (see
 * docs/performance.md). Keying by the text, not by a row id, means a hit can only ever return what parsing that very
 * text would; {@link FrozenQuestion} is an immutable record, so one instance can be shared. Attempts and training
 * share one codec (the attempts' configuration sizes its cache).
 */
public class SnapshotCodec {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    interface NamedByType {
    }

    private final ObjectMapper mapper;
    private final Cache<String, FrozenQuestion> parsed;

    /** @param cacheSize how many parsed snapshots to keep; 0 keeps none */
    public SnapshotCodec(ObjectMapper mapper, long cacheSize) {
        this.mapper = mapper.copy().addMixIn(Question.class, NamedByType.class)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
        this.mapper.registerSubtypes(Arrays.stream(QuestionType.values())
                .map(type -> new NamedType(type.recordClass(), type.yamlName())).toArray(NamedType[]::new));
        // Size 0 means no cache at all (Caffeine would still hold an entry until its asynchronous eviction runs).
        this.parsed = cacheSize > 0 ? Caffeine.newBuilder().maximumSize(cacheSize).build() : null;
    }

    public String write(FrozenQuestion question) {
        try {
            return mapper.writeValueAsString(question);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FrozenQuestion read(String json) {
        return parsed == null ? parse(json) : parsed.get(json, this::parse);
    }

    private FrozenQuestion parse(String json) {
        try {
            return mapper.readValue(json, FrozenQuestion.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("unreadable question snapshot", e);
        }
    }
}
