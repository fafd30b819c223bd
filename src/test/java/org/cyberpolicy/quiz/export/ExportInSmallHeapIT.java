package org.cyberpolicy.quiz.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app, started with a heap of {@value #HEAP}, exports 100 000 responses whose CSV is larger than that
 * whole heap: it can only have done so by streaming them. The data is generated into the app's H2 file while the app
 * is stopped (after a first start has created the schema). Responses are padded to {@value #PADDING} characters, more
 * than a real short answer may hold, so that the export outweighs the heap.
 */
class ExportInSmallHeapIT {

    private static final Path PROJECT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
    private static final Path JAR = PROJECT.resolve("target/quarkus-app/quarkus-run.jar");
    private static final String HEAP = "96m";
    private static final long HEAP_BYTES = 96L * 1024 * 1024;
    private static final int PADDING = 1_000;
    private static final String PASSWORD = "instructor password for the test";

    @TempDir
    Path dataDir;

    private Process app;
    private int port;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private void startApp(String... jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("app.log").toFile()));
        builder.environment().putAll(Map.of("QUIZ_DATA_DIR", dataDir.toString(), "QUARKUS_HTTP_PORT",
                String.valueOf(port), "QUIZ_BANK_DIR", "src/test/resources/banks/student-flow",
                "QUIZ_INSTRUCTOR_PASSWORD", PASSWORD));
        app = builder.start();
        HttpClient client = HttpClient.newHttpClient();
        Instant giveUp = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(giveUp)) {
            assertTrue(app.isAlive(), "the app stopped; see " + dataDir.resolve("app.log"));
            try {
                HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(url("/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the app did not start within 90 seconds");
    }

    private void stopApp() throws InterruptedException {
        // A normal stop (SIGTERM) lets H2 close its file cleanly before the generator opens it.
        app.destroy();
        assertTrue(app.waitFor(60, TimeUnit.SECONDS), "the app did not stop");
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void responsesLargerThanTheHeapAreExported() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        startApp();
        stopApp();
        GeneratedAttempts data = GeneratedAttempts.tagged("heap", 1_000, 10);
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("quiz"), "quiz",
                "")) {
            data.insert(connection, PADDING);
        }
        startApp("-Xmx" + HEAP);

        String basic = Base64.getEncoder()
                .encodeToString(("instructor:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(url("/api/export/responses.csv?quiz=" + data.quizId()))
                        .header("Authorization", "Basic " + basic).timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        long records = 0;
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = body.read(buffer)) >= 0) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    records += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }

        assertEquals(200, response.statusCode());
        assertEquals(1 + data.responses(), records, "a header and 100 000 responses");
        assertTrue(bytes > HEAP_BYTES, "the export (" + bytes + " bytes) is larger than the heap");
        assertTrue(app.isAlive(), "the app is still running");
        assertFalse(Files.readString(dataDir.resolve("app.log")).contains("OutOfMemoryError"),
                "the app ran out of memory; see " + dataDir.resolve("app.log"));
    }
}
