package org.cyberpolicy.quiz.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The app on the small training bank (four facts, several question forms each), three new facts a day. */
public class TrainingProfile implements QuarkusTestProfile {

    public static final String BANK = "src/test/resources/banks/training";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quiz.bank.dir", BANK, "quiz.training.new-facts-per-day", "3");
    }
}
