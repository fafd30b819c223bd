package org.cyberpolicy.quiz.web.api;

import java.io.IOException;
import java.util.Optional;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An optional JSON body, for the POSTs that a script may send with no body and then no content type either
 * ({@code curl -X POST}), so that the resource takes any content type and reads the body itself. It is read as bytes,
 * so that Jackson sees invalid UTF-8 (a String would have turned it into replacement characters), and a body with a
 * content type that is not JSON is refused with 415, as the JSON reader would.
 */
final class OptionalJsonBody {

    private OptionalJsonBody() {
    }

    static <T> Optional<T> read(ObjectMapper mapper, byte[] body, String contentType, Class<T> type)
            throws IOException {
        if (body == null || isBlank(body)) {
            return Optional.empty();
        }
        if (contentType != null && !contentType.isBlank() && !isJson(contentType)) {
            // Answered as the framework's own 415 is (RestErrors), which names the type sent.
            throw new NotSupportedException();
        }
        return Optional.ofNullable(mapper.readValue(body, type));
    }

    private static boolean isJson(String contentType) {
        try {
            MediaType media = MediaType.valueOf(contentType);
            return media.getType().equalsIgnoreCase("application")
                    && (media.getSubtype().equalsIgnoreCase("json") || media.getSubtype().toLowerCase().endsWith("+json"));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
