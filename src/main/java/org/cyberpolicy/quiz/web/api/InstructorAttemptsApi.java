package org.cyberpolicy.quiz.web.api;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.attempt.AttemptService;
import org.cyberpolicy.quiz.engine.ResponseCodec;
import org.cyberpolicy.quiz.marks.MarkService;
import org.cyberpolicy.quiz.people.SectionScope;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;


/**
 * What an instructor does to one attempt: end a student's open attempt or reopen a closed one, change a question's
 * mark, and read the audit trail of its marks. One class for the one address, since the first class whose path
 * matches a request is the only one searched for its method.
 */
@Path("/api/instructor/attempts/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Account.INSTRUCTOR)
@Tag(name = "Attempts (instructors)", description = "Ending, reopening and marking one attempt")
public class InstructorAttemptsApi {

    private final AttemptService attempts;
    private final MarkService marks;
    private final CallerAccount caller;
    private final ObjectMapper mapper;
    private final ResponseCodec codec = new ResponseCodec();

    private final SectionScope scope;

    InstructorAttemptsApi(AttemptService attempts, MarkService marks, CallerAccount caller, ObjectMapper mapper,
            SectionScope scope) {
        this.scope = scope;
        this.attempts = attempts;
        this.marks = marks;
        this.caller = caller;
        this.mapper = mapper;
    }

    @POST
    @Path("/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End an open attempt: it is graded now with the answers saved so far; 409 when not open")
    public ResultJson end(@PathParam("id") long id) {
        return ResultJson.of(attempts.endForInstructor(id), codec);
    }

    @POST
    @Path("/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reopen a closed attempt with its saved answers, for the full time limit from now",
            description = "409 when it is open, when the student has another attempt open at the quiz, or when the"
                    + " quiz has closed for the student (grant them their own closing time first).")
    public Response reopen(@PathParam("id") long id) {
        attempts.reopenForInstructor(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("/questions/{questionId}/mark")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the mark of one question of a graded attempt, with a comment the student sees",
            description = "The attempt's score, percentage and verdict follow. 400 for a mark outside 0 to the"
                    + " question's points; 404 for an unknown attempt or question; 409 for an attempt not graded yet.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MarksJson.MarkRequest.class)))
    @RolesAllowed({ Account.INSTRUCTOR, Account.ASSISTANT })
    public MarksJson.Marked mark(@PathParam("id") long attemptId, @PathParam("questionId") String questionId,
            byte[] bytes) throws IOException {
        scope.requireAttemptOf(attemptId);
        MarksJson.MarkRequest body = MarksApi.read(mapper, bytes, MarksJson.MarkRequest.class);
        if (body == null) {
            throw Refusal.invalid("The body must be {\"score\": 0.5, \"comment\": \"…\"}.");
        }
        return MarksJson.Marked.of(marks.set(caller.id(), attemptId, questionId, body.score(), body.comment()));
    }

    @GET
    @Path("/marks")
    @Operation(summary = "The audit trail of an attempt's marks: every change, oldest first")
    @RolesAllowed({ Account.INSTRUCTOR, Account.ASSISTANT })
    public List<MarksJson.Change> trail(@PathParam("id") long attemptId) {
        scope.requireAttemptOf(attemptId);
        return marks.trail(attemptId).stream().map(MarksJson.Change::of).toList();
    }
}
