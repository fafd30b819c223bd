package org.cyberpolicy.quiz.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The app with small limits, on the small training bank, so that tests reach each limit in a few requests:
 * <ul>
 * <li>registration: tests register "from" several addresses through {@code X-Forwarded-For}, which the app believes
 * from this machine (a trusted proxy by default); one password hashed at a time with nobody waiting, and three
 * registrations per address per hour (so that no token comes back while a test runs);</li>
 * <li>per account, three saves, two attempt starts, four training steps, three changes to people and three other
 * staff changes a minute;</li>
 * <li>three LTI login initiations per address per hour.</li>
 * </ul>
 */
public class LimitsProfile implements QuarkusTestProfile {

    public static final int SAVES_PER_MINUTE = 3;
    public static final int STARTS_PER_MINUTE = 2;
    public static final int TRAINING_PER_MINUTE = 4;
    public static final int PEOPLE_PER_MINUTE = 3;
    public static final int STAFF_PER_MINUTE = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(Map.entry("quiz.registration.concurrent-hashes", "1"),
                Map.entry("quiz.registration.hash-queue", "0"),
                Map.entry("quiz.registration.hash-wait", "0S"),
                Map.entry("quiz.registration.per-address", "3"),
                Map.entry("quiz.registration.per-address-window", "1H"),
                Map.entry("quiz.bank.dir", TrainingProfile.BANK),
                Map.entry("quiz.writes.saves-per-minute", Integer.toString(SAVES_PER_MINUTE)),
                Map.entry("quiz.writes.starts-per-minute", Integer.toString(STARTS_PER_MINUTE)),
                Map.entry("quiz.writes.training-per-minute", Integer.toString(TRAINING_PER_MINUTE)),
                Map.entry("quiz.writes.people-per-minute", Integer.toString(PEOPLE_PER_MINUTE)),
                Map.entry("quiz.writes.staff-per-minute", Integer.toString(STAFF_PER_MINUTE)),
                Map.entry("quiz.lti.logins-per-address", "3"),
                Map.entry("quiz.lti.logins-window", "1H"));
    }
}
