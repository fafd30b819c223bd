package org.cyberpolicy.quiz.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The shipped bank ({@code questions/}), copied to {@code target/test-banks/shipped} when the app starts, for tests
 * that edit it in the editor: the real folder is never written.
 */
public class ShippedBankCopyProfile implements QuarkusTestProfile {

    public static final String SHIPPED = "questions";
    public static final String DIR = "target/test-banks/shipped";

    @Override
    public Map<String, String> getConfigOverrides() {
        BankCopy.of(SHIPPED, "shipped");
        return Map.of("quiz.bank.dir", DIR);
    }
}
