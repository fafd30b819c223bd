package org.cyberpolicy.quiz.web.api;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.engine.ResponseCodec;
import org.cyberpolicy.quiz.training.Grade;
import org.cyberpolicy.quiz.training.TrainingProgress;
import org.cyberpolicy.quiz.training.TrainingService;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.Authenticated;

/** Training sessions: the next question for spaced repetition, and its answer. */
@Path("/api/train")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Training")
public class TrainApi {

    /** The optional body of {@code next}: limit the session to questions with any of these tags. */
    public record NextRequest(List<String> tags) {
    }

    /** An answer: the token from {@code next}, the response ({@code null}: "I don't know"), optionally a rating. */
    public record AnswerRequest(String token, JsonNode response, String rating) {
    }

    /** The student's own rating of a question answered fully right. */
    public record RatingRequest(String token, String rating) {
    }

    private final TrainingService training;
    private final TrainingProgress progress;
    private final CallerAccount caller;
    private final ObjectMapper mapper;
    private final ResponseCodec codec = new ResponseCodec();

    TrainApi(TrainingService training, TrainingProgress progress, CallerAccount caller, ObjectMapper mapper) {
        this.training = training;
        this.progress = progress;
        this.caller = caller;
        this.mapper = mapper;
    }

    /** The body is optional, so it is read here: a body-less {@code curl -X POST} sends no content type. */
    @POST
    @Path("/next")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "The next question of a training session, without its answer",
            description = "Due facts first, then new facts at the daily pace. The body {\"tags\": [...]} is optional."
                    + " When nothing is due the status is \"done\", with the time of the next review.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NextRequest.class)))
    public TrainJson.NextJson next(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body)
            throws IOException {
        NextRequest request = OptionalJsonBody.read(mapper, body, contentType, NextRequest.class)
                .orElse(new NextRequest(List.of()));
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : Optional.ofNullable(request.tags()).orElse(List.of())) {
            if (tag == null || tag.isBlank()) {
                throw invalid("Tags must be non-empty strings.");
            }
            tags.add(tag);
        }
        return TrainJson.next(training.next(caller.id(), tags), codec);
    }

    @POST
    @Path("/more")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Learn more new facts today than the daily allowance",
            description = "Adds quiz.training.more-new-facts to today's allowance of new facts and answers the day's"
                    + " pace; 409 beyond " + TrainingService.MAX_EXTRA_PER_DAY + " extra facts in a day. No body.")
    public ProgressJson.NewFactsJson more(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body)
            throws IOException {
        OptionalJsonBody.read(mapper, body, contentType, Object.class);
        return ProgressJson.NewFactsJson.of(training.learnMoreToday(caller.id()));
    }

    @POST
    @Path("/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the question of a token; each of its facts is reviewed with the grade",
            description = "400 when the response does not fit the question (nothing changes), 404 for an unknown"
                    + " token, 409 when it was already answered. \"rating\" may be \"hard\" or \"easy\".")
    public TrainJson.AnswerJson answer(AnswerRequest body) {
        if (body == null || body.token() == null || body.token().isBlank()) {
            throw invalid("The body must be {\"token\": …, \"response\": …}.");
        }
        if (body.response() == null) {
            throw invalid("The body needs a \"response\"; send null for \"I don't know\".");
        }
        Optional<Grade> rating = Optional.empty();
        if (body.rating() != null) {
            rating = Optional.of(Grade.ofStudentRating(body.rating()).orElseThrow(
                    () -> invalid("The rating must be \"hard\" or \"easy\".")));
        }
        return TrainJson.answer(training.answer(caller.id(), body.token(), codec.input(body.response()), rating),
                codec);
    }

    @POST
    @Path("/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate a question answered fully right as \"hard\" or \"easy\"; its reviews are regraded")
    public TrainJson.AnswerJson rate(RatingRequest body) {
        if (body == null || body.token() == null || body.token().isBlank()) {
            throw invalid("The body must be {\"token\": …, \"rating\": \"hard\" or \"easy\"}.");
        }
        Grade rating = Grade.ofStudentRating(body.rating()).orElseThrow(
                () -> invalid("The rating must be \"hard\" or \"easy\"."));
        return TrainJson.answer(training.rate(caller.id(), body.token(), rating), codec);
    }

    @GET
    @Path("/progress")
    @Operation(summary = "Mastery per fact and per tag (retrievability now, next due) and the reviews of 14 days")
    public ProgressJson progress() {
        return ProgressJson.of(progress.student(caller.id()));
    }

    private static Refusal invalid(String message) {
        return Refusal.invalid(message);
    }
}
