package org.cyberpolicy.quiz.storage;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cyberpolicy.quiz.testing.PackagedApp;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The packaged app on storage it cannot use: a data folder it cannot write stops it at start with one clear line, and
 * a disk that fills up while it runs (a file size limit on its process: writes past it fail with EFBIG, as they would
 * with ENOSPC) gives 503 with a clear message and never an acknowledgement for what was not recorded; after a restart
 * with room, everything acknowledged before is there.
 */
class StorageFaultsIT {

    private static final String INSTRUCTOR_PASSWORD = "instructor password for the test";
    private static final String PASSWORD = "a long enough password";
    private static final Duration REFUSAL_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    @AutoClose("kill")
    private PackagedApp app;

    private PackagedApp.Builder packaged() {
        // Up to 500 students register from this one address: no per-address limit.
        return PackagedApp.in(dataDir).env("QUIZ_BANK_DIR", "src/test/resources/banks/student-flow")
                .env("QUIZ_INSTRUCTOR_PASSWORD", INSTRUCTOR_PASSWORD).env("QUIZ_REGISTRATION_PER_ADDRESS", "0");
    }

    @Test
    void aDataFolderThatCannotBeCreatedStopsTheStartWithOneLine() throws Exception {
        // A folder under a regular file cannot be created by anyone, root included (ENOTDIR).
        Path file = Files.writeString(dataDir.resolve("a-file"), "not a folder");
        Path folder = file.resolve("data");
        app = packaged().appDataDir(folder).build();

        int exit = app.startExpectingExit(REFUSAL_TIMEOUT);

        assertEquals(2, exit);
        String log = Files.readString(app.log());
        assertTrue(log.contains("Cannot start: the data folder " + folder + " is not writable: it cannot be created"),
                log);
        assertTrue(log.contains("QUIZ_DATA_DIR"), log);
        assertTrue(log.lines().count() <= 2, "more than the one line: " + log);
    }

    @Test
    void aDataFolderThatCannotBeWrittenStopsTheStartWithOneLine() throws Exception {
        Path folder = Files.createDirectory(dataDir.resolve("locked"));
        // Root ignores permission bits, so as root the folder is made immutable (chattr +i binds root too).
        boolean root = "root".equals(System.getProperty("user.name"));
        boolean locked = root ? run("chattr", "+i", folder.toString()) : folder.toFile().setWritable(false, false);
        Assumptions.assumeTrue(locked,
                "could not make a folder unwritable here (chattr +i needs root and a file system that supports it)");
        try {
            app = packaged().appDataDir(folder).build();

            int exit = app.startExpectingExit(REFUSAL_TIMEOUT);

            assertEquals(2, exit);
            String log = Files.readString(app.log());
            assertTrue(log.contains("Cannot start: the data folder " + folder + " is not writable: nothing can be"
                    + " written in it"), log);
        } finally {
            if (root) {
                run("chattr", "-i", folder.toString());
            } else {
                folder.toFile().setWritable(true, false);
            }
        }
    }

    /** Whether the command ran and succeeded (false when it is not installed). */
    private static boolean run(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (java.io.IOException notInstalled) {
            return false;
        }
    }

    @Test
    void aFullDiskAnswers503AndLosesNothingAcknowledged() throws Exception {
        app = packaged().build();
        app.start();
        RestAssured.given().port(app.port()).contentType(ContentType.JSON)
                .body(Map.of("username", "full-disk", "password", PASSWORD, "displayName", "Full Disk"))
                .post("/api/register").then().statusCode(201);
        app.stopGracefully();
        long fileSize = Files.size(dataDir.resolve("quiz.mv.db"));
        // Room for a few dozen commits (each appends to the file) beyond what the database holds now.
        app = packaged().fileSizeLimitKb(fileSize / 1024 + 1024).build();
        app.start();

        // Students one after another: register, start, save a few times, submit; until the disk refuses something.
        Map<Long, String> owner = new HashMap<>();
        Map<Long, Integer> savedValue = new HashMap<>();
        Map<Long, Float> submittedScore = new HashMap<>();
        List<String> registered = new ArrayList<>();
        Response refused = null;
        for (int student = 0; refused == null && student < 500; student++) {
            String username = "full-disk-" + student;
            refused = refusal(201, RestAssured.given().port(app.port()).contentType(ContentType.JSON)
                    .body(Map.of("username", username, "password", PASSWORD, "displayName", "Full " + student))
                    .post("/api/register"));
            if (refused != null) {
                break;
            }
            registered.add(username);
            Response start = app.as(username, PASSWORD).post("/api/quizzes/every-type/attempts");
            if ((refused = refusal(201, start)) != null) {
                break;
            }
            long id = start.jsonPath().getLong("id");
            owner.put(id, username);
            for (int value = 1; refused == null && value <= 5; value++) {
                refused = refusal(204, app.as(username, PASSWORD).body(Map.of("response", value))
                        .put("/api/attempts/" + id + "/responses/t-numeric"));
                if (refused == null) {
                    savedValue.put(id, value);
                }
            }
            if (refused == null) {
                Response submit = app.as(username, PASSWORD).post("/api/attempts/" + id + "/submit");
                if ((refused = refusal(200, submit)) == null) {
                    submittedScore.put(id, submit.jsonPath().getFloat("score"));
                }
            }
        }
        assertTrue(refused != null, "the disk never filled up");
        assertEquals(503, refused.statusCode(), refused.asString());
        assertTrue(refused.asString().contains("its storage is full"), refused.asString());
        // The pages say the same: a page of its own, since the usual one would read the failing database.
        RestAssured.given().port(app.port()).auth().preemptive().basic("full-disk", PASSWORD)
                .get("/quizzes/every-type").then().statusCode(503).contentType(ContentType.HTML)
                .body(containsString("its storage is full"));
        RestAssured.given().port(app.port()).get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'storage' }.status", equalTo("DOWN"));

        app.kill();
        app = packaged().fileSizeLimitKb(0).build();
        app.start();
        for (String username : registered) {
            app.as(username, PASSWORD).get("/api/me").then().statusCode(200);
        }
        for (Map.Entry<Long, String> attempt : owner.entrySet()) {
            long id = attempt.getKey();
            var read = app.as(attempt.getValue(), PASSWORD).get("/api/attempts/" + id).then().statusCode(200)
                    .extract().jsonPath();
            if (submittedScore.containsKey(id)) {
                assertEquals(submittedScore.get(id), read.getFloat("score"), "score of attempt " + id);
            } else if (savedValue.containsKey(id)) {
                assertEquals(savedValue.get(id).intValue(),
                        read.getInt("questions.find { it.id == 't-numeric' }.response"), "saved answer of " + id);
            }
        }
        System.out.printf("Full disk after %d registrations, %d attempts, %d submitted: refused with %d; all"
                + " acknowledged kept%n", registered.size(), owner.size(), submittedScore.size(), refused.statusCode());
    }

    /** Null when the response has the expected status, else the response. */
    private static Response refusal(int expected, Response response) {
        return response.statusCode() == expected ? null : response;
    }
}
