package org.cyberpolicy.quiz.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import io.restassured.RestAssured;

/**
 * Requests sent byte for byte with the JDK's HTTP client, for bodies RestAssured cannot carry as they are: bytes that
 * are not UTF-8, and very large or deeply nested bodies (RestAssured's Groovy layer runs out of memory on those).
 */
public final class RawHttp {

    public record Answer(int status, String body) {
    }

    private RawHttp() {
    }

    /** Sends a request as a student with HTTP Basic; {@code contentType} may be null. */
    public static Answer send(String method, String path, String username, String contentType, byte[] body) {
        return send(method, path, username, contentType, body, Map.of());
    }

    public static Answer send(String method, String path, String username, String contentType, byte[] body,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (username + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Answer sendJson(String method, String path, String username, byte[] body) {
        return send(method, path, username, "application/json", body);
    }
}
