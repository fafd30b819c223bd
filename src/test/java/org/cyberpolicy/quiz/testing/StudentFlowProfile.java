package org.cyberpolicy.quiz.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The app on a small bank with one question of every type and known answers, with a short grace, a frequent check
 * for overdue attempts and a short wait before the scheduler closes them, so that time-outs can be tested in seconds.
 */
public class StudentFlowProfile implements QuarkusTestProfile {

    public static final String BANK = "src/test/resources/banks/student-flow";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quiz.bank.dir", BANK, "quiz.attempt.grace", "1S", "quiz.attempt.expiry-check", "1S",
                "quiz.attempt.close-delay", "5S");
    }
}
