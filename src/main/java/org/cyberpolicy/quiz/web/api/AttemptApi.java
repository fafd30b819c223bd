package org.cyberpolicy.quiz.web.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.attempt.AttemptService;
import org.cyberpolicy.quiz.engine.ResponseCodec;
import org.cyberpolicy.quiz.engine.ResponseInput;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.Authenticated;

/** An attempt: reading it, autosaving responses, submitting it. */
@Path("/api/attempts/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Attempts")
public class AttemptApi {

    /** The body of an autosave; {@code "response": null} clears the answer. */
    public record SaveRequest(JsonNode response) {
    }

    /** The body of a flag: whether the question is flagged to come back to. */
    public record FlagRequest(Boolean flagged) {
    }

    /** The body of a submit: last responses to record first, by question id. */
    public record SubmitRequest(Map<String, JsonNode> responses) {
    }

    private final AttemptService attempts;
    private final CallerAccount caller;
    private final ObjectMapper mapper;
    private final ResponseCodec codec = new ResponseCodec();

    AttemptApi(AttemptService attempts, CallerAccount caller, ObjectMapper mapper) {
        this.attempts = attempts;
        this.caller = caller;
        this.mapper = mapper;
    }

    @GET
    @Operation(summary = "The attempt: questions and saved responses while open, the graded result once closed")
    public Object get(@PathParam("id") long id) {
        AttemptService.View view = attempts.view(caller.id(), id);
        if (view instanceof AttemptService.OpenView open) {
            return SheetJson.of(open.sheet(), codec);
        }
        return ResultJson.of(((AttemptService.ClosedView) view).result(), codec);
    }

    @PUT
    @Path("/responses/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the response to one question (204); 400 when it does not fit the question")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SaveRequest.class)))
    public void save(@PathParam("id") long id, @PathParam("questionId") String questionId, byte[] bytes)
            throws IOException {
        // Read here rather than by the JSON reader, whose parse errors (bad UTF-8, nesting too deep) reach the
        // client as a bare 400; read here they get JsonBodyErrors' message.
        SaveRequest body = bytes == null || bytes.length == 0 ? null : mapper.readValue(bytes, SaveRequest.class);
        if (body == null || body.response() == null) {
            throw Refusal.invalid("The body must be {\"response\": …}; use null to clear the answer.");
        }
        attempts.save(caller.id(), id, questionId, codec.input(body.response()));
    }

    @PUT
    @Path("/flags/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Flag a question to come back to, or take the flag away (204)",
            description = "The body is {\"flagged\": true} or {\"flagged\": false}; the same state again changes"
                    + " nothing. 409 once the attempt is closed.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FlagRequest.class)))
    public void flag(@PathParam("id") long id, @PathParam("questionId") String questionId, byte[] bytes)
            throws IOException {
        FlagRequest body = bytes == null || bytes.length == 0 ? null : mapper.readValue(bytes, FlagRequest.class);
        if (body == null || body.flagged() == null) {
            throw Refusal.invalid("The body must be {\"flagged\": true} or {\"flagged\": false}.");
        }
        attempts.flag(caller.id(), id, questionId, body.flagged());
    }

    /**
     * Checks one question of a practice attempt at once, with the response in the optional body or the one saved;
     * the answer is then locked. The body is read here, as for submit, so that a body-less POST is accepted.
     */
    @POST
    @Path("/responses/{questionId}/check")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Practice attempts: grade one question now and show its answer, feedback and sources",
            description = "The body {\"response\": …} is optional (without it, the saved response is checked). The"
                    + " question's answer is locked afterwards. 409 for an exam, a closed attempt or a question"
                    + " already checked; 400 when the response does not fit.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SaveRequest.class)))
    public ResultJson.QuestionJson check(@PathParam("id") long id, @PathParam("questionId") String questionId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) throws IOException {
        Optional<ResponseInput> response = OptionalJsonBody.read(mapper, body, contentType, SaveRequest.class)
                .map(request -> codec.input(request.response()));
        return ResultJson.question(attempts.check(caller.id(), id, questionId, response), codec);
    }

    /**
     * The body is optional, and a script that sends none ({@code curl -X POST}) sends no content type either; so the
     * body is read here rather than by a JSON reader that would answer 415.
     */
    @POST
    @Path("/submit")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Record the given responses, then grade and close the attempt",
            description = "The body {\"responses\": {questionId: response}} is optional. Submitting again returns the"
                    + " same result; new responses after submission get 409.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubmitRequest.class)))
    public ResultJson submit(@PathParam("id") long id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] body) throws IOException {
        SubmitRequest request = OptionalJsonBody.read(mapper, body, contentType, SubmitRequest.class)
                .orElse(new SubmitRequest(Map.of()));
        Map<String, ResponseInput> responses = new LinkedHashMap<>();
        if (request.responses() != null) {
            request.responses().forEach((questionId, value) -> responses.put(questionId, codec.input(value)));
        }
        return ResultJson.of(attempts.submit(caller.id(), id, responses), codec);
    }
}
