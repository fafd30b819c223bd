package org.cyberpolicy.quiz.storage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * On an H2 file whose folder has less free space than required, readiness is DOWN and says why; liveness is not
 * affected (the app still serves reads, and a restart would not free space). The same running file database is backed
 * up on an instructor's request.
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

    @Test
    void anyoneAskingReadinessLearnsNeitherThePathNorTheSizes() {
        String answer = given().get("/q/health/ready").then().statusCode(503).extract().asString();

        assertFalse(answer.contains("storage-health-test"), answer);
        assertFalse(answer.contains("Bytes"), answer);
    }

    @Test
    void anInstructorBacksUpTheRunningFileDatabaseIntoTheDataFolder() throws Exception {
        String file = given().auth().preemptive().basic("instructor", "test-instructor-password")
                .contentType(io.restassured.http.ContentType.JSON)
                .post("/api/instructor/backup").then().statusCode(201)
                .body("file", containsString("storage-health-test/backups/quiz-")).extract().path("file");

        try (var zip = new java.util.zip.ZipFile(file)) {
            org.junit.jupiter.api.Assertions.assertNotNull(zip.getEntry("quiz.mv.db"), "the database in the backup");
        }
    }

    @Test
    void studentsCannotBackUp() {
        String student = org.cyberpolicy.quiz.testing.TestAccounts.student();
        org.cyberpolicy.quiz.testing.TestAccounts.as(student).post("/api/instructor/backup").then().statusCode(403);
    }
}
