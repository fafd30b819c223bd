package org.cyberpolicy.quiz.web.errors;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A request body that is not JSON, or not of the expected shape, is the client's mistake: 400 with an
 * {@link ApiError} saying where, for every API resource. Only reading errors are mapped; a failure to write a
 * response stays a server error.
 * <p>
 * A key twice in one object is refused by the parser (strict duplicate detection, {@code web.api.JsonSettings}) and
 * answered here as such, naming the key; nothing is logged for it.
 * <p>
 * Quarkus REST hands a shape mismatch on as is, but wraps a parse error in a bare {@code WebApplicationException(400)}
 * with no body; {@link RestErrors} finds the parse error inside it through {@link #of(Throwable)}.
 */
public class JsonBodyErrors {

    private static final Logger LOG = Logger.getLogger(JsonBodyErrors.class);
    /**
     * How Jackson's parser reports a key met twice in one object under strict duplicate detection (see
     * {@code web.api.JsonSettings}); it has no exception type of its own. DuplicateJsonKeysTest notices if the
     * wording changes.
     */
    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);
    private static final int KEY_SHOWN = 100;

    @ServerExceptionMapper
    public Response notJson(StreamReadException e) {
        return unreadable(e, "");
    }

    /** @param path where in the body the parser was, as {@link #wrongShape} names it; empty at the top */
    private static Response unreadable(StreamReadException e, String path) {
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.matches()) {
            return badRequest("the request body names the key '" + shortened(duplicate.group(1)) + "' twice"
                    + (path.isEmpty() ? "" : " in '" + path + "'") + where + "; send each key once");
        }
        return badRequest("the request body is not valid JSON" + where + ": " + e.getOriginalMessage());
    }

    /**
     * Jackson's limits on reading (nesting depth 1000, number and string lengths) guard against bodies made to
     * exhaust the stack or the processor; such a body is the client's mistake too.
     */
    @ServerExceptionMapper
    public Response beyondLimits(StreamConstraintsException e) {
        return badRequest("the request body nests too deeply or holds too long a value: " + e.getOriginalMessage());
    }

    /**
     * A parse error met while binding a nested value ({@code JsonNode} fields) reaches here wrapped by databind; it is
     * still the body's fault. Any other mapping failure (writing a response, say) stays a server error.
     */
    @ServerExceptionMapper
    public Response parseErrorWhileBinding(JsonMappingException e) {
        if (e.getCause() instanceof StreamConstraintsException limits) {
            return beyondLimits(limits);
        }
        if (e.getCause() instanceof StreamReadException parse) {
            return unreadable(parse, path(e));
        }
        LOG.error("JSON mapping failed", e);
        return Errors.api(500, "internal error while mapping JSON", List.of());
    }

    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e) {
        String path = path(e);
        return badRequest(path.isEmpty() ? "the request body does not have the expected shape"
                : "the request body's '" + path + "' does not have the expected type");
    }

    /** The answer to a body that failed to read, if {@code cause} is such a failure. */
    Optional<Response> of(Throwable cause) {
        if (cause instanceof MismatchedInputException shape) {
            return Optional.of(wrongShape(shape));
        }
        if (cause instanceof JsonMappingException binding) {
            return Optional.of(parseErrorWhileBinding(binding));
        }
        if (cause instanceof StreamConstraintsException limits) {
            return Optional.of(beyondLimits(limits));
        }
        if (cause instanceof StreamReadException parse) {
            return Optional.of(notJson(parse));
        }
        return Optional.empty();
    }

    private static Response badRequest(String message) {
        return Errors.api(400, message, List.of());
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(JsonBodyErrors::step).collect(Collectors.joining("."));
    }

    /** A key as the client sent it, cut short when long: the message repeats it, and a key may be megabytes. */
    private static String shortened(String key) {
        return key.length() <= KEY_SHOWN ? key : key.substring(0, KEY_SHOWN) + "…";
    }

    private static String step(JsonMappingException.Reference reference) {
        return reference.getFieldName() != null ? reference.getFieldName() : String.valueOf(reference.getIndex());
    }
}
