package org.cyberpolicy.quiz.training;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.cyberpolicy.quiz.bank.Fact;

/**
 * A hash of a fact's value: when an edit of the bank changes it, what a student learnt is about another value, and the
 * fact starts afresh. A new wording of the statement keeps the memory; a fact without a value keeps it too.
 */
public final class FactFingerprint {

    private FactFingerprint() {
    }

    public static String of(Fact fact) {
        String value = fact.value().map(v -> v.getClass().getSimpleName() + ":" + v.display()).orElse("none");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
