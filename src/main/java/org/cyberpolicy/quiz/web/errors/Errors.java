package org.cyberpolicy.quiz.web.errors;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.Refusal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;

/**
 * How every error looks, decided here and nowhere else: under {@code /api} a JSON {@link ApiError} with a message;
 * anywhere else a page of our own with the site's header, a title, a plain sentence of what happened and a way back.
 * Never a stack trace. The REST exception mappers ({@link RestErrors}, {@link JsonBodyErrors}) and the router's
 * failure handler ({@link RouterErrors}) all answer through {@link #response} or {@link #send}.
 */
@ApplicationScoped
public class Errors {

    @CheckedTemplate
    static class Templates {
        /**
         * A page of its own rather than the layout: the layout reads the signed-in account, which a failing database
         * may refuse, and the router's failure handler may run where no request context is active.
         */
        static native TemplateInstance page(ErrorReply error);
    }

    /** The title and the sentence of each status, when the refusal brings no message of its own. */
    private record Wording(String title, String message) {
    }

    private static final Map<Integer, Wording> WORDING = Map.ofEntries(
            Map.entry(400, new Wording("Not understood", "The request could not be understood as it was sent.")),
            Map.entry(401, new Wording("Sign in first", "This page is for signed-in users.")),
            Map.entry(403, new Wording("Not allowed", "Your account may not open this page.")),
            Map.entry(404, new Wording("Not found", "There is nothing at this address.")),
            Map.entry(405, new Wording("Not possible here",
                    "This address does not take that kind of request.")),
            Map.entry(406, new Wording("Not available in that form",
                    "This address cannot answer in the format that was asked for.")),
            Map.entry(409, new Wording("Not possible now", "This cannot be done in the state things are in now.")),
            Map.entry(413, new Wording("Too large", "What was sent is larger than the app accepts.")),
            Map.entry(414, new Wording("Address too long", "The address of the request is longer than the app"
                    + " accepts.")),
            Map.entry(415, new Wording("Not understood", "What was sent is not in a form this address accepts.")),
            Map.entry(431, new Wording("Headers too large", "The request's headers are larger than the app accepts;"
                    + " most often the browser holds too many cookies for this site.")),
            Map.entry(429, new Wording("Too many requests", "Too many requests in a short time; wait a moment and try"
                    + " again.")),
            Map.entry(500, new Wording("Something went wrong", "Something went wrong on our side, and this request"
                    + " was not carried out. Try again; if it keeps happening, tell your instructor.")),
            Map.entry(502, new Wording("Not answered", "A system the app relies on for this request did not answer"
                    + " as it should; nothing was changed. Try again later.")),
            Map.entry(503, new Wording("Not available", "The app cannot serve this request right now; try again in a"
                    + " moment.")));

    private final ObjectMapper json;

    Errors(ObjectMapper json) {
        this.json = json;
    }

    /** The usual sentence for a status, for an error that brings none of its own. */
    public static String sentence(int status) {
        return wording(status).message();
    }

    /** The reply to a request for {@code path} that failed with {@code status}. */
    public ErrorReply reply(int status, String message, List<String> problems, String path) {
        String[] back = wayBack(status, path);
        return new ErrorReply(status, wording(status).title(), message == null || message.isBlank()
                ? sentence(status) : message, problems, back[0], back[1]);
    }

    /** The error as a JAX-RS response: JSON under {@code /api}, a page elsewhere. */
    public Response response(String path, int status, String message, List<String> problems) {
        if (isApi(path)) {
            return api(status, message, problems);
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.page(reply(status, message, problems, path)).render()).build();
    }

    /** The status that answers a refusal. */
    public static int status(Refusal refusal) {
        return switch (refusal.reason()) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_MANY -> 429;
            case UPSTREAM -> 502;
        };
    }

    /** The error sent at once on the router, for failures met before or outside the REST resources. */
    public void send(RoutingContext context, int status, String message) {
        String path = context.normalizedPath();
        String body;
        String type;
        if (isApi(path)) {
            try {
                body = json.writeValueAsString(new ApiError(messageOr(status, message)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            type = MediaType.APPLICATION_JSON;
        } else {
            body = Templates.page(reply(status, message, List.of(), path)).render();
            type = "text/html;charset=UTF-8";
        }
        context.response().setStatusCode(status).putHeader("Content-Type", type).end(body);
    }

    /** The error as the JSON API answers it, for a resource under {@code /api} that answers an error itself. */
    public static Response api(int status, String message, List<String> problems) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(messageOr(status, message), problems)).build();
    }

    public static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    private static String messageOr(int status, String message) {
        return message == null || message.isBlank() ? sentence(status) : message;
    }

    private static Wording wording(int status) {
        Wording wording = WORDING.get(status);
        if (wording != null) {
            return wording;
        }
        return status >= 500 ? WORDING.get(500) : WORDING.get(400);
    }

    /** Where to go from here: somewhere the same person may open, near what they were doing. */
    private static String[] wayBack(int status, String path) {
        String where = path == null ? "/" : path;
        if (status == 401) {
            return new String[] { "/login", "Sign in" };
        }
        if (status != 403 && (where.equals("/instructor/bank") || where.startsWith("/instructor/bank/"))) {
            return new String[] { "/instructor/bank", "Back to the bank" };
        }
        if (status != 403 && (where.equals("/instructor") || where.startsWith("/instructor/"))) {
            return new String[] { "/instructor", "Back to the dashboard" };
        }
        if (where.equals("/train") || where.startsWith("/train/")) {
            return new String[] { "/train", "Back to training" };
        }
        if (where.equals("/register")) {
            return new String[] { "/register", "Back to registration" };
        }
        return new String[] { "/", "Back to the quizzes" };
    }
}
