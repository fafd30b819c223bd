package org.cyberpolicy.quiz.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The app on a small class test whose attempts only the results tests create. */
public class ResultsProfile implements QuarkusTestProfile {

    public static final String BANK = "src/test/resources/banks/results";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quiz.bank.dir", BANK);
    }
}
