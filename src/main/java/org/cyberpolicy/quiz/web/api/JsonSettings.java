package org.cyberpolicy.quiz.web.api;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * How the app's JSON reader reads request bodies (and, being the one reader, what the app stored itself).
 * <ul>
 * <li>Numbers are read as exact decimals: a numeric answer must not be rounded through a double.</li>
 * <li>A key twice in one object ({@code {"response": 1, "response": 2}}) is an error, not a guess: without this
 * Jackson keeps the last value of a map silently and fails on a record's (a 500, with a stack trace in the log).
 * The parser refuses it, and {@code web.errors.JsonBodyErrors} answers 400 naming the key. What the app writes
 * itself never has one, so reading stored snapshots is unaffected; the check costs no measurable time there.</li>
 * </ul>
 */
@Singleton
public class JsonSettings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
