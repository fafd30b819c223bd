package org.cyberpolicy.quiz.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.cyberpolicy.quiz.testing.PackagedApp;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restassured.path.json.JsonPath;

/**
 * The packaged app on an H2 file is killed with SIGKILL while many students register, save answers and submit, and
 * started again on the same file: every request it had acknowledged (a 2xx received by the client) is still there,
 * submissions with the score they were acknowledged with. Requests cut off by the kill may or may not have been
 * recorded; only what was acknowledged is promised.
 * <p>
 * With H2's default write delay (commits reach the file up to half a second later) this test loses acknowledged
 * writes; it passes because the data source asks for {@code WRITE_DELAY=0} (see docs/durability.md).
 */
class SigkillKeepsAcknowledgedWritesIT {

    private static final String INSTRUCTOR_PASSWORD = "instructor password for the test";
    private static final String PASSWORD = "a long enough password";
    private static final int STUDENTS_AT_ONCE = 16;
    private static final int SAVES_PER_ATTEMPT = 4;
    /** Acknowledged submissions to wait for before the kill, so that the kill lands in a steady stream of writes. */
    private static final int SUBMITS_BEFORE_KILL = 40;
    private static final int SIGKILL_EXIT = 128 + 9;

    @TempDir
    Path dataDir;

    @AutoClose("kill")
    private PackagedApp app;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** What the app acknowledged before it died. */
    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    private final Set<Long> started = ConcurrentHashMap.newKeySet();
    private final Map<Long, Integer> lastSaved = new ConcurrentHashMap<>();
    private final Map<Long, Integer> lastSent = new ConcurrentHashMap<>();
    private final Map<Long, BigDecimal> submitted = new ConcurrentHashMap<>();
    private final AtomicInteger failures = new AtomicInteger();
    /** Opened by the acknowledgement that completes {@link #SUBMITS_BEFORE_KILL}: the kill follows it within moments. */
    private final java.util.concurrent.CountDownLatch enoughSubmitted = new java.util.concurrent.CountDownLatch(1);

    @Test
    void everyAcknowledgedWriteSurvivesSigkill() throws Exception {
        // Students register one after another from this one address as fast as they can: no per-address limit.
        PackagedApp.Builder packaged = PackagedApp.in(dataDir)
                .env("QUIZ_BANK_DIR", "src/test/resources/banks/student-flow")
                .env("QUIZ_INSTRUCTOR_PASSWORD", INSTRUCTOR_PASSWORD)
                .env("QUIZ_REGISTRATION_PER_ADDRESS", "0");
        // To see the test fail, run it on H2's defaults: -Dquiz.it.jdbc-url='jdbc:h2:file:${quiz.data.dir}/quiz'
        String url = System.getProperty("quiz.it.jdbc-url", "");
        if (!url.isBlank()) {
            packaged.env("QUARKUS_DATASOURCE_JDBC_URL", url);
        }
        app = packaged.build();
        app.start();

        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService students = Executors.newFixedThreadPool(STUDENTS_AT_ONCE);
        long startedAt = System.nanoTime();
        for (int s = 0; s < STUDENTS_AT_ONCE; s++) {
            int worker = s;
            students.submit(() -> studentsOneAfterAnother(worker, running));
        }
        enoughSubmitted.await(120, TimeUnit.SECONDS);
        assertTrue(submitted.size() >= SUBMITS_BEFORE_KILL, "too few submissions before the kill: " + submitted.size()
                + " (failures " + failures.get() + "); see " + app.log());
        int exit = app.killAndExitCode();
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        running.set(false);
        students.shutdown();
        assertTrue(students.awaitTermination(60, TimeUnit.SECONDS), "students still running after the kill");
        assertEquals(SIGKILL_EXIT, exit, "the app was not ended by SIGKILL");
        assertEquals(0, failures.get(), "requests answered with an error before the kill: " + causes());

        app.start();
        Set<String> usernames = new HashSet<>(instructorExport("gradebook.json").getList("username"));
        JsonPath attempts = instructorExport("attempts.json");
        Map<Long, Map<String, Object>> attemptRows = rowsById(attempts.getList(""));
        Map<Long, Object> numericResponses = new HashMap<>();
        for (Map<String, Object> row : instructorExport("responses.json").<Map<String, Object>>getList("")) {
            if ("t-numeric".equals(row.get("question_id"))) {
                numericResponses.put(((Number) row.get("attempt_id")).longValue(), row.get("response"));
            }
        }

        List<String> lost = new ArrayList<>();
        registered.stream().filter(u -> !usernames.contains(u)).forEach(u -> lost.add("registration of " + u));
        started.stream().filter(id -> !attemptRows.containsKey(id)).forEach(id -> lost.add("attempt " + id));
        lastSaved.forEach((id, value) -> {
            Object stored = numericResponses.get(id);
            // A later save that was sent but not acknowledged may have been recorded too; an older value may not.
            if (!(stored instanceof Number number) || number.intValue() < value
                    || number.intValue() > lastSent.get(id)) {
                lost.add("save " + value + " of attempt " + id + " (found " + stored + ")");
            }
        });
        submitted.forEach((id, score) -> {
            Map<String, Object> row = attemptRows.get(id);
            if (row == null || !"submitted".equals(row.get("state"))
                    || new BigDecimal(String.valueOf(row.get("score"))).compareTo(score) != 0) {
                lost.add("submission of attempt " + id + " with " + score + " (found " + row + ")");
            }
        });
        System.out.printf("SIGKILL after %.1f s: acknowledged %d registrations, %d attempts, %d saves, %d submissions;"
                + " lost after restart: %d%n", seconds, registered.size(), started.size(), lastSaved.size(),
                submitted.size(), lost.size());
        assertTrue(lost.isEmpty(), lost.size() + " acknowledged writes lost, among them: "
                + lost.subList(0, Math.min(lost.size(), 5)));
    }

    /** One student after another: register, sign in, start, save a few times, submit. */
    private void studentsOneAfterAnother(int worker, AtomicBoolean running) {
        for (int n = 0; running.get(); n++) {
            try {
                oneStudent("kill-" + worker + "-" + n);
            } catch (IOException | InterruptedException cutOff) {
                return; // the app is gone: what was in flight was never acknowledged
            } catch (RuntimeException | AssertionError e) {
                if (running.get() && app.isAlive()) {
                    failures.incrementAndGet();
                    e.printStackTrace();
                }
                return;
            }
        }
    }

    private void oneStudent(String username) throws IOException, InterruptedException {
        expect(201, send(post("/api/register", null, "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
                + "\",\"displayName\":\"Kill " + username + "\"}")));
        registered.add(username);
        String cookie = signIn(username);
        HttpResponse<String> start = send(post("/api/quizzes/every-type/attempts", cookie, null));
        expect(201, start);
        long id = JsonPath.from(start.body()).getLong("id");
        started.add(id);
        for (int value = 1; value <= SAVES_PER_ATTEMPT; value++) {
            lastSent.put(id, value);
            expect(204, send(request("/api/attempts/" + id + "/responses/t-numeric", cookie)
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"response\":" + value + "}")).build()));
            lastSaved.put(id, value);
        }
        HttpResponse<String> submit = send(post("/api/attempts/" + id + "/submit", cookie, null));
        expect(200, submit);
        submitted.put(id, new BigDecimal(JsonPath.from(submit.body()).getString("score")));
        if (submitted.size() >= SUBMITS_BEFORE_KILL) {
            enoughSubmitted.countDown();
        }
    }

    private String signIn(String username) throws IOException, InterruptedException {
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> login = send(HttpRequest.newBuilder(app.url("/j_security_check"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return login.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("quarkus-credential="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("sign-in of " + username + " failed: " + login.statusCode()));
    }

    private HttpRequest.Builder request(String path, String cookie) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(app.url(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        return cookie == null ? builder : builder.header("Cookie", cookie);
    }

    private HttpRequest post(String path, String cookie, String json) {
        return request(path, cookie).POST(json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new AssertionError(response.request().method() + " " + response.uri() + ": expected " + status
                    + ", got " + response.statusCode() + " " + response.body());
        }
    }

    private JsonPath instructorExport(String name) {
        String body = app.as("instructor", INSTRUCTOR_PASSWORD).get("/api/export/" + name).then().statusCode(200)
                .extract().asString();
        return JsonPath.from(body);
    }

    private static Map<Long, Map<String, Object>> rowsById(List<Map<String, Object>> rows) {
        Map<Long, Map<String, Object>> byId = new HashMap<>();
        rows.forEach(row -> byId.put(((Number) row.get("attempt_id")).longValue(), row));
        assertFalse(byId.isEmpty(), "no attempt after the restart");
        return byId;
    }

    /** The app's own account of its errors (the data folder and its log are deleted after the test). */
    private String causes() throws IOException {
        return java.nio.file.Files.readAllLines(app.log()).stream()
                .filter(line -> line.contains(" ERROR ") || line.startsWith("Caused by")).distinct().limit(12)
                .collect(java.util.stream.Collectors.joining("\n"));
    }
}
