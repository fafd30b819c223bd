package org.cyberpolicy.quiz.web;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A form body that is not valid URL encoding ({@code %ZZ}, a lone {@code %}, a percent-encoded byte sequence that is
 * not UTF-8) fails while Quarkus REST decodes it, before any page sees it, with an IllegalArgumentException: the
 * client's mistake, so 400 with a short message rather than a 500 and a stack trace. Nothing was read, so nothing is
 * saved. Any other IllegalArgumentException is left to the default handling. Bytes that decode but are not UTF-8
 * are caught by the pages themselves ({@link #holdsUndecodableBytes}).
 */
public class UnreadableForms {

    static final String MESSAGE = "The form could not be read: it is not valid URL-encoded UTF-8. Nothing was saved;"
            + " go back, reload the page and send it again.";

    @ServerExceptionMapper
    public Response undecodable(IllegalArgumentException e) {
        if (e.getMessage() == null || !e.getMessage().startsWith("Failed to decode")) {
            throw e;
        }
        return refusal();
    }

    static Response refusal() {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity(MESSAGE).build();
    }

    /**
     * Bytes that are not UTF-8, raw or percent-encoded, reach a form as U+FFFD replacement characters (the decoder
     * does not fail on them). No browser sends them, and no answer needs the character: a form holding one was
     * damaged or forged, and is refused whole rather than saved with the damage.
     */
    static boolean holdsUndecodableBytes(MultivaluedMap<String, String> form) {
        for (Map.Entry<String, List<String>> field : form.entrySet()) {
            if (field.getKey().indexOf('\uFFFD') >= 0) {
                return true;
            }
            for (String value : field.getValue()) {
                if (value != null && value.indexOf('\uFFFD') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
