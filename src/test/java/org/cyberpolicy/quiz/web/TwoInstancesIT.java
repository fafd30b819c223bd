package org.cyberpolicy.quiz.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cyberpolicy.quiz.testing.PackagedApp;
import org.cyberpolicy.quiz.testing.TestPostgresql;
import org.cyberpolicy.quiz.web.student.AttemptPageTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Two instances of the PostgreSQL build on one database, as behind a load balancer: they share the session key and
 * the bank folder, nothing else. A student's browser moves between them mid-attempt, and both show the same results
 * and exports. Each run gets a schema of its own in the test database, dropped afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {

    private static final String SESSION_KEY = "two-instances-shared-session-key-0123456789";
    private static final String INSTRUCTOR_PASSWORD = "instructor password for two instances";
    private static final String PASSWORD = "a long enough password";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern CLOSED = Pattern.compile("Closed and graded (\\d+) attempts whose time ran out");

    @TempDir
    static Path dataDirs;

    private TestPostgresql database;
    private String schema;
    private PackagedApp a;
    private PackagedApp b;

    @BeforeAll
    void startTwoInstancesAtOnce() throws Exception {
        database = TestPostgresql.requireOrSkip();
        schema = database.createSchema("two_instances");
        a = instance("a");
        b = instance("b");
        // Both at once on the empty schema: Flyway's lock lets one migrate, and only one first instructor is made.
        CompletableFuture<Void> startA = CompletableFuture.runAsync(() -> start(a));
        CompletableFuture<Void> startB = CompletableFuture.runAsync(() -> start(b));
        startA.join();
        startB.join();
    }

    private PackagedApp instance(String name) throws IOException {
        Path dataDir = Files.createDirectories(dataDirs.resolve(name));
        return PackagedApp.in(dataDir).jar(PackagedApp.POSTGRESQL_JAR)
                .env("QUARKUS_PROFILE", "pg")
                .env("QUIZ_DB_URL", database.urlFor(schema))
                .env("QUIZ_DB_USERNAME", database.username())
                .env("QUIZ_DB_PASSWORD", database.password())
                .env("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", SESSION_KEY)
                .env("QUIZ_INSTRUCTOR_PASSWORD", INSTRUCTOR_PASSWORD)
                .env("QUIZ_BANK_DIR", "src/test/resources/banks/student-flow")
                // The scheduler closing overdue attempts runs every second on both instances.
                .env("QUIZ_ATTEMPT_GRACE", "5S")
                .env("QUIZ_ATTEMPT_EXPIRY_CHECK", "1S")
                .env("QUIZ_ATTEMPT_CLOSE_DELAY", "0S")
                .build();
    }

    private static void start(PackagedApp app) {
        try {
            app.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    void stopAndDropTheSchema() throws Exception {
        for (PackagedApp app : new PackagedApp[] {a, b}) {
            if (app != null) {
                app.kill();
            }
        }
        if (schema != null) {
            database.dropSchema(schema);
        }
    }

    /** How many migrations the app ships: each must have run once, whichever instance ran it. */
    private static long migrations() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.filter(file -> file.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
        }
    }

    @Test
    void bothInstancesRanTheSameMigrationsOnceAndShareOneFirstInstructor() throws Exception {
        try (var connection = database.connect(); var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from " + schema + ".flyway_schema_history"
                        + " where success")) {
            rows.next();
            assertEquals(migrations(), rows.getInt(1));
        }
        for (PackagedApp app : List.of(a, b)) {
            app.as("instructor", INSTRUCTOR_PASSWORD).get("/api/me").then().statusCode(200);
        }
    }

    @Test
    void aStudentSignsInOnOneInstanceAndSubmitsOnTheOther() throws Exception {
        register(a, "moving-student");
        CrossInstanceBrowser browser = CrossInstanceBrowser.signedIn(a, "moving-student");

        // Starts and saves on A.
        browser.get(a, "/quizzes/every-type").then().statusCode(200);
        Response started = browser.post(a, "/quizzes/every-type/attempts", Map.of());
        started.then().statusCode(303);
        String attempt = started.header("Location").replaceFirst("^https?://[^/]+", "");
        String html = browser.get(a, attempt).then().statusCode(200).extract().asString();
        Map<String, Object> form = AttemptPageTest.rightAnswers(html);
        form.put("action", "save");
        browser.post(a, attempt, form).then().statusCode(303).header("Location", endsWith(attempt + "?saved=true"));

        // B knows the session (same key) and shows what A saved; the submission goes to B with the form from A.
        browser.get(b, attempt + "?saved=true").then().statusCode(200).body(containsString("9</span> of 9 answered"));
        form.put("action", "submit");
        browser.post(b, attempt, form).then().statusCode(303).header("Location", endsWith(attempt + "/review"));

        // The review, read on A.
        browser.get(a, attempt + "/review").then().statusCode(200)
                .body(containsString("Score <strong>12 / 12</strong> (100%)"));

        // The instructor sees the same on both.
        long id = Long.parseLong(attempt.replaceAll("\\D", ""));
        String onA = a.as("instructor", INSTRUCTOR_PASSWORD).get("/api/export/responses.csv").then().statusCode(200)
                .extract().asString();
        String onB = b.as("instructor", INSTRUCTOR_PASSWORD).get("/api/export/responses.csv").then().statusCode(200)
                .extract().asString();
        assertEquals(onA, onB);
        assertTrue(onA.contains("moving-student"), onA);
        assertEquals(a.as("instructor", INSTRUCTOR_PASSWORD).get("/api/export/gradebook.csv").then().statusCode(200)
                .extract().asString(), b.as("instructor", INSTRUCTOR_PASSWORD).get("/api/export/gradebook.csv").then()
                .statusCode(200).extract().asString());
        assertEquals(a.as("moving-student", PASSWORD).get("/api/attempts/" + id).then().statusCode(200).extract()
                .asString(), b.as("moving-student", PASSWORD).get("/api/attempts/" + id).then().statusCode(200)
                .extract().asString());
    }

    @Test
    void aSessionSignedOutOnOneInstanceIsOverOnTheOther() throws Exception {
        register(b, "leaving-student");
        CrossInstanceBrowser browser = CrossInstanceBrowser.signedIn(a, "leaving-student");
        String copied = browser.cookies.get("quarkus-credential");
        for (PackagedApp app : List.of(a, b)) {
            RestAssured.given().port(app.port()).cookie("quarkus-credential", copied).get("/api/me").then()
                    .statusCode(200);
        }

        browser.get(b, "/").then().statusCode(200);
        browser.post(b, "/logout", Map.of()).then().statusCode(303);

        for (PackagedApp app : List.of(a, b)) {
            RestAssured.given().port(app.port()).cookie("quarkus-credential", copied).get("/api/me").then()
                    .statusCode(401);
        }
    }

    @Test
    void theSchedulersOfBothInstancesCloseEveryOverdueAttemptExactlyOnce() throws Exception {
        int before = closedInLogs();
        List<Long> attempts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            register(i % 2 == 0 ? a : b, "late-student-" + i);
        }
        for (int i = 0; i < 20; i++) {
            PackagedApp app = i % 2 == 0 ? a : b;
            String student = "late-student-" + i;
            long id = app.as(student, PASSWORD).post("/api/quizzes/two-seconds/attempts").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            app.as(student, PASSWORD).body(Map.of("response", 4)).put("/api/attempts/" + id + "/responses/t-numeric")
                    .then().statusCode(204);
            attempts.add(id);
        }

        // Two seconds of time, five of grace, checks every second on both: nobody comes back; the schedulers close them.
        long giveUp = System.currentTimeMillis() + 30_000;
        while (closedInLogs() - before < attempts.size() && System.currentTimeMillis() < giveUp) {
            Thread.sleep(500);
        }
        Thread.sleep(3_000); // a double closing, if any, would be logged by now

        assertEquals(attempts.size(), closedInLogs() - before, "attempts closed, summed over both instances' logs");
        for (int i = 0; i < attempts.size(); i++) {
            PackagedApp other = i % 2 == 0 ? b : a;
            other.as("late-student-" + i, PASSWORD).get("/api/attempts/" + attempts.get(i)).then().statusCode(200)
                    .body("state", org.hamcrest.Matchers.equalTo("timed-out"))
                    .body("score", org.hamcrest.Matchers.equalTo(2.0f));
        }
        for (PackagedApp app : List.of(a, b)) {
            String log = Files.readString(app.log());
            assertFalse(log.contains("deadlock"), "a deadlock in " + app.log());
        }
    }

    /** How many attempts the schedulers of both instances say they closed, so far. */
    private int closedInLogs() throws IOException {
        int closed = 0;
        for (PackagedApp app : List.of(a, b)) {
            Matcher line = CLOSED.matcher(Files.readString(app.log()));
            while (line.find()) {
                closed += Integer.parseInt(line.group(1));
            }
        }
        return closed;
    }

    private static void register(PackagedApp app, String username) {
        RestAssured.given().port(app.port()).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", PASSWORD, "displayName", "Student " + username))
                .post("/api/register").then().statusCode(201);
    }

    /** A browser's cookies and last CSRF token, sent to whichever instance the load balancer picks. */
    private static final class CrossInstanceBrowser {

        private final Map<String, String> cookies = new HashMap<>();
        private String csrfToken = "";

        static CrossInstanceBrowser signedIn(PackagedApp app, String username) {
            CrossInstanceBrowser browser = new CrossInstanceBrowser();
            Response login = browser.request(app).formParam("j_username", username).formParam("j_password", PASSWORD)
                    .post("/j_security_check");
            browser.cookies.putAll(login.getCookies());
            assertTrue(browser.cookies.containsKey("quarkus-credential"), "sign-in failed: " + login.statusLine());
            return browser;
        }

        RequestSpecification request(PackagedApp app) {
            return RestAssured.given().port(app.port()).redirects().follow(false).cookies(cookies);
        }

        Response get(PackagedApp app, String path) {
            Response page = request(app).get(path);
            cookies.putAll(page.getCookies());
            Matcher token = CSRF.matcher(page.asString());
            if (token.find()) {
                csrfToken = token.group(1);
            }
            return page;
        }

        Response post(PackagedApp app, String path, Map<String, ?> fields) {
            Response response = request(app).contentType("application/x-www-form-urlencoded").formParams(fields)
                    .formParam("csrf-token", csrfToken).post(path);
            cookies.putAll(response.getCookies());
            return response;
        }
    }
}
