package org.cyberpolicy.quiz.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Base64;

import org.cyberpolicy.quiz.testing.PackagedApp;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app, started with a heap of {@value #HEAP}, exports 100 000 responses whose CSV is larger than that
 * whole heap: it can only have done so by streaming them. The data is generated into the app's H2 file while the app
 * is stopped (after a first start has created the schema). Responses are padded to {@value #PADDING} characters, more
 * than a real short answer may hold, so that the export outweighs the heap.
 */
class ExportInSmallHeapIT {

    private static final String HEAP = "96m";
    private static final long HEAP_BYTES = 96L * 1024 * 1024;
    private static final int PADDING = 1_000;
    private static final String PASSWORD = "instructor password for the test";

    @TempDir
    Path dataDir;

    @AutoClose("kill")
    private PackagedApp app;

    @Test
    void responsesLargerThanTheHeapAreExported() throws Exception {
        PackagedApp.Builder packaged = PackagedApp.in(dataDir)
                .env("QUIZ_BANK_DIR", "src/test/resources/banks/student-flow")
                .env("QUIZ_INSTRUCTOR_PASSWORD", PASSWORD);
        app = packaged.build();
        app.start();
        // A normal stop lets H2 close its file cleanly before the generator opens it.
        app.stopGracefully();
        GeneratedAttempts data = GeneratedAttempts.tagged("heap", 1_000, 10);
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("quiz"), "quiz",
                "")) {
            data.insert(connection, PADDING);
        }
        app = packaged.jvmOption("-Xmx" + HEAP).build();
        app.start();

        String basic = Base64.getEncoder()
                .encodeToString(("instructor:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(app.url("/api/export/responses.csv?quiz=" + data.quizId()))
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
        assertFalse(Files.readString(app.log()).contains("OutOfMemoryError"),
                "the app ran out of memory; see " + app.log());
    }
}
