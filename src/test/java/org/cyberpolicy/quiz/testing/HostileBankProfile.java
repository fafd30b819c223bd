package org.cyberpolicy.quiz.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The bank of {@code src/test/resources/banks/hostile}: markup and quotes in every text an instructor writes. */
public class HostileBankProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quiz.bank.dir", "src/test/resources/banks/hostile");
    }
}
