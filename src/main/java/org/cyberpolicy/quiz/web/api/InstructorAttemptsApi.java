package org.cyberpolicy.quiz.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.attempt.AttemptService;
import org.cyberpolicy.quiz.engine.ResponseCodec;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An instructor ends a student's open attempt, or reopens a closed one (issue 18, part 3). */
@Path("/api/instructor/attempts/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Account.INSTRUCTOR)
@Tag(name = "Accommodations")
public class InstructorAttemptsApi {

    private final AttemptService attempts;
    private final ResponseCodec codec = new ResponseCodec();

    InstructorAttemptsApi(AttemptService attempts) {
        this.attempts = attempts;
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
}
