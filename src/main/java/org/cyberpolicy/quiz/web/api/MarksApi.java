package org.cyberpolicy.quiz.web.api;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.marks.MarkKind;
import org.cyberpolicy.quiz.marks.RegradeService;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Instructors regrade after a correction of the bank (one attempt's marks are changed through
 * {@link InstructorAttemptsApi}). Only {@code application/json} is accepted, which another site's page cannot send
 * without the browser asking first (see {@code web.security}).
 */
@Path("/api/instructor")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Account.INSTRUCTOR)
@Tag(name = "Marks", description = "Marks changed by instructors, and regrades")
public class MarksApi {

    private final RegradeService regrades;
    private final CallerAccount caller;
    private final ObjectMapper mapper;

    MarksApi(RegradeService regrades, CallerAccount caller, ObjectMapper mapper) {
        this.regrades = regrades;
        this.caller = caller;
        this.mapper = mapper;
    }

    @POST
    @Path("/quizzes/{quizId}/regrade")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Regrade questions of a quiz's graded attempts (a dry run unless \"dryRun\": false)",
            description = "Modes: new-key (the frozen responses against the question in the bank in service),"
                    + " full-credit, drop (the question no longer counts towards the maximum). Without questions,"
                    + " those the bank changed since the attempts were graded. 400 for an unknown mode or a question"
                    + " the quiz's attempts never showed; 404 for an unknown quiz.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MarksJson.RegradeRequest.class)))
    public MarksJson.Regraded regradeQuiz(@PathParam("quizId") String quizId, byte[] bytes) throws IOException {
        MarksJson.RegradeRequest body = regradeRequest(bytes);
        return MarksJson.Regraded.of(regrades.quiz(caller.id(), quizId, body.questions(), mode(body),
                !Boolean.FALSE.equals(body.dryRun()), body.comment()));
    }

    @POST
    @Path("/facts/{factId}/regrade")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Regrade every question deriving from a fact, across quizzes (a dry run unless"
            + " \"dryRun\": false)", description = "The body of a quiz's regrade, without questions. 404 for a fact"
                    + " the bank in service does not have.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MarksJson.RegradeRequest.class)))
    public MarksJson.Regraded regradeFact(@PathParam("factId") String factId, byte[] bytes) throws IOException {
        MarksJson.RegradeRequest body = regradeRequest(bytes);
        if (body.questions() != null) {
            throw Refusal.invalid("A regrade by fact takes every question of the fact; leave \"questions\" out.");
        }
        return MarksJson.Regraded.of(regrades.fact(caller.id(), factId, mode(body),
                !Boolean.FALSE.equals(body.dryRun()), body.comment()));
    }

    @GET
    @Path("/regrade/stale")
    @Operation(summary = "The quizzes whose graded attempts used an older version of a question, with how many"
            + " marks a new-key regrade would change")
    public List<MarksJson.Stale> stale() {
        return regrades.stale().stream().map(MarksJson.Stale::of).toList();
    }

    private MarksJson.RegradeRequest regradeRequest(byte[] bytes) throws IOException {
        MarksJson.RegradeRequest body = read(mapper, bytes, MarksJson.RegradeRequest.class);
        if (body == null) {
            throw Refusal.invalid(
                    "The body must be {\"questions\": [\"…\"], \"mode\": \"new-key\", \"dryRun\": true}.");
        }
        return body;
    }

    private static MarkKind mode(MarksJson.RegradeRequest body) {
        return MarkKind.regradeMode(body.mode()).orElseThrow(() -> Refusal.invalid("The mode must be new-key,"
                + " full-credit or drop" + (body.mode() == null ? "." : ", not '" + body.mode() + "'.")));
    }

    /** Read here rather than by the JSON reader, so that a malformed body gets JsonBodyErrors' message. */
    static <T> T read(ObjectMapper mapper, byte[] bytes, Class<T> type) throws IOException {
        return bytes == null || bytes.length == 0 ? null : mapper.readValue(bytes, type);
    }
}
