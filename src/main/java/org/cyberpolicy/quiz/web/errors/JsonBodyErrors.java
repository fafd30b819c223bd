package org.cyberpolicy.quiz.web.errors;

import java.util.List;
import java.util.Optional;
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
 * Quarkus REST hands a shape mismatch on as is, but wraps a parse error in a bare {@code WebApplicationException(400)}
 * with no body; {@link RestErrors} finds the parse error inside it through {@link #of(Throwable)}.
 */
public class JsonBodyErrors {

    private static final Logger LOG = Logger.getLogger(JsonBodyErrors.class);

    @ServerExceptionMapper
    public Response notJson(StreamReadException e) {
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
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
            return notJson(parse);
        }
        LOG.error("JSON mapping failed", e);
        return Errors.api(500, "internal error while mapping JSON", List.of());
    }

    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e) {
        String path = e.getPath().stream().map(JsonBodyErrors::step).collect(Collectors.joining("."));
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

    private static String step(JsonMappingException.Reference reference) {
        return reference.getFieldName() != null ? reference.getFieldName() : String.valueOf(reference.getIndex());
    }
}
