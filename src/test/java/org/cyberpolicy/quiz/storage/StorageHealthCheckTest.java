package org.cyberpolicy.quiz.storage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * On an H2 file whose folder has less free space than required, readiness is DOWN and says why; liveness is not
 * affected (the app still serves reads, and a restart would not free space).
 */
@QuarkusTest
@TestProfile(StorageHealthCheckTest.NeedsMoreSpaceThanAnyDisk.class)
class StorageHealthCheckTest {

    public static class NeedsMoreSpaceThanAnyDisk implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quiz.data.dir", "target/storage-health-test",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:file:./target/storage-health-test/quiz;WRITE_DELAY=0",
                    "quiz.data.min-free-space", "999P");
        }
    }

    @Test
    void tooLittleFreeSpaceMakesTheAppNotReadyWithTheReason() {
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'storage' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'storage' }.data.reason",
                        containsString("less than quiz.data.min-free-space"));
        given().get("/q/health/live").then().statusCode(200);
    }
}
