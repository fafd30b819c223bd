package org.cyberpolicy.quiz.web.errors;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.cyberpolicy.quiz.Refusal;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A form body that is not valid URL encoding ({@code %ZZ}, a lone {@code %}, a percent-encoded byte sequence that is
 * not UTF-8) fails while Quarkus REST decodes it, before any page sees it, with an IllegalArgumentException: the
 * client's mistake, so 400 with a short message rather than a 500 and a stack trace. Nothing was read, so nothing is
 * saved. Any other IllegalArgumentException is left to the default handling. Bytes that decode but are not UTF-8
 * are caught by the pages themselves ({@link #refuseUndecodable}).
 */
public class UnreadableForms {

    static final String MESSAGE = "The form could not be read: it is not valid URL-encoded UTF-8. Nothing was saved;"
            + " go back, reload the page and send it again.";

    private final Errors errors;

    UnreadableForms(Errors errors) {
        this.errors = errors;
    }

    @ServerExceptionMapper
    public Response undecodable(IllegalArgumentException e, UriInfo uri) {
        if (e.getMessage() == null || !e.getMessage().startsWith("Failed to decode")) {
            throw e;
        }
        return errors.response(uri.getPath(), 400, MESSAGE, List.of());
    }

    /**
     * Refuses a form holding bytes that are not UTF-8, raw or percent-encoded: they reach a form as U+FFFD replacement
     * characters (the decoder does not fail on them). No browser sends them, and no answer needs the character: a
     * form holding one was damaged or forged, and is refused whole rather than saved with the damage.
     *
     * @throws Refusal (invalid) when it holds one
     */
    public static void refuseUndecodable(MultivaluedMap<String, String> form) {
        for (Map.Entry<String, List<String>> field : form.entrySet()) {
            if (field.getKey().indexOf('\uFFFD') >= 0) {
                throw Refusal.invalid(MESSAGE);
            }
            for (String value : field.getValue()) {
                if (value != null && value.indexOf('\uFFFD') >= 0) {
                    throw Refusal.invalid(MESSAGE);
                }
            }
        }
    }
}
