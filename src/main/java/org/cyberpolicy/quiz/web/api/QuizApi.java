package org.cyberpolicy.quiz.web.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.attempt.AttemptService;
import org.cyberpolicy.quiz.attempt.QuizProgress;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.engine.ResponseCodec;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

/** The quizzes, and starting an attempt at one. */
@Path("/api/quizzes")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Quizzes")
public class QuizApi {

    private final CurrentBank bank;
    private final AttemptService attempts;
    private final CallerAccount caller;
    private final ResponseCodec codec = new ResponseCodec();

    QuizApi(CurrentBank bank, AttemptService attempts, CallerAccount caller) {
        this.bank = bank;
        this.attempts = attempts;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The quizzes, with the attempts the caller has used and their best score")
    public List<QuizJson> list() {
        Map<String, QuizProgress> progress = attempts.progress(caller.id());
        return bank.get().quizzes().values().stream().map(q -> QuizJson.of(q, progress.get(q.id()))).toList();
    }

    @POST
    @Path("/{quizId}/attempts")
    @Operation(summary = "Start an attempt (201), or get the open one back (200)",
            description = "The questions come without their answers. 409 when no attempt is left.")
    public Response start(@PathParam("quizId") String quizId) {
        AttemptService.Started started = attempts.start(caller.id(), quizId);
        SheetJson body = SheetJson.of(started.sheet(), codec);
        return started.created()
                ? Response.created(URI.create("/api/attempts/" + started.sheet().id())).entity(body).build()
                : Response.ok(body).build();
    }
}
