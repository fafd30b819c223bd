package org.cyberpolicy.quiz.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.people.SectionScope;
import org.cyberpolicy.quiz.people.Sections;
import org.cyberpolicy.quiz.attempt.OverrideRequest;
import org.cyberpolicy.quiz.attempt.Overrides;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.narayana.jta.QuarkusTransaction;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Accommodations and exceptions per student for one quiz (issue 18, part 3). */
@Path("/api/instructor/quizzes/{quizId}/overrides")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Account.INSTRUCTOR, Account.ASSISTANT })
@Tag(name = "Accommodations")
public class OverridesApi {

    /** The body of a PUT: each part optional; what is left out is as the quiz says. */
    public record Request(Integer extraMinutes, BigDecimal timeFactor, Integer extraAttempts, String opens,
            String closes) {

        OverrideRequest toRequest() {
            return new OverrideRequest(Optional.ofNullable(extraMinutes), Optional.ofNullable(timeFactor),
                    Optional.ofNullable(extraAttempts), Optional.ofNullable(opens), Optional.ofNullable(closes));
        }
    }

    /** One student's override; times in UTC; what is not granted is absent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OverrideJson(String username, String displayName, String quizId, Integer extraMinutes,
            BigDecimal timeFactor, Integer extraAttempts, Instant opens, Instant closes, String grantedBy,
            Instant updatedAt) {

        static OverrideJson of(Overrides.Granted granted) {
            return new OverrideJson(granted.username(), granted.displayName(), granted.quizId(),
                    granted.allowance().extraMinutes().orElse(null), granted.allowance().timeFactor().orElse(null),
                    granted.allowance().extraAttempts().orElse(null), granted.allowance().opens().orElse(null),
                    granted.allowance().closes().orElse(null), granted.grantedBy(), granted.updatedAt());
        }
    }

    /** What a grant to a section did: the override each of its students now has. */
    public record SectionGrant(String section, int students, List<OverrideJson> overrides) {
    }

    private final Overrides overrides;
    private final CallerAccount caller;
    private final SectionScope scope;
    private final Sections sections;

    OverridesApi(Overrides overrides, CallerAccount caller, SectionScope scope, Sections sections) {
        this.overrides = overrides;
        this.caller = caller;
        this.scope = scope;
        this.sections = sections;
    }

    @GET
    @Operation(summary = "Every student's override for the quiz, by username; 404 for a quiz not in the bank",
            description = "section: only that section's students. An assistant sees the students of their sections.")
    public List<OverrideJson> list(@PathParam("quizId") String quizId, @QueryParam("section") String section) {
        SectionScope.Students students = scope.of(section);
        return overrides.ofQuiz(quizId).stream().filter(g -> students.includes(g.accountId())).map(OverrideJson::of)
                .toList();
    }

    @PUT
    @Path("/sections/{sectionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant the same override to every student of a section",
            description = "Each student's override is replaced, as a PUT for one student would; all or none. 400"
                    + " listing every problem, 404 for an unknown quiz or section, 403 for an assistant's section"
                    + " not theirs.")
    public SectionGrant grantSection(@PathParam("quizId") String quizId, @PathParam("sectionId") String sectionId,
            Request body) {
        scope.of(sectionId);
        Request request = body == null ? new Request(null, null, null, null, null) : body;
        List<String> students = sections.studentNames(sectionId);
        String by = caller.get().username;
        List<OverrideJson> granted = QuarkusTransaction.requiringNew().call(() -> students.stream()
                .map(username -> OverrideJson.of(overrides.grant(quizId, username, request.toRequest(), by)))
                .toList());
        return new SectionGrant(sectionId, granted.size(), granted);
    }

    @DELETE
    @Path("/sections/{sectionId}")
    @Operation(summary = "Remove the override of every student of a section; 204")
    public Response removeSection(@PathParam("quizId") String quizId, @PathParam("sectionId") String sectionId) {
        scope.of(sectionId);
        List<String> students = sections.studentNames(sectionId);
        QuarkusTransaction.requiringNew().run(() -> students.forEach(username -> overrides.remove(quizId, username)));
        return Response.noContent().build();
    }

    @PUT
    @Path("/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant a student extra time, extra attempts or their own opening and closing times",
            description = "Replaces the student's override for the quiz. Counts at once, also for an attempt already"
                    + " running (its deadline moves). 400 listing every problem, 404 for an unknown quiz or student.")
    public OverrideJson grant(@PathParam("quizId") String quizId, @PathParam("username") String username,
            Request body) {
        scope.requireStudentNamed(username);
        Request request = body == null ? new Request(null, null, null, null, null) : body;
        return OverrideJson.of(overrides.grant(quizId, username, request.toRequest(), caller.get().username));
    }

    @DELETE
    @Path("/{username}")
    @Operation(summary = "Remove a student's override: the quiz's own rules apply again, at once; 204 either way")
    public Response remove(@PathParam("quizId") String quizId, @PathParam("username") String username) {
        scope.requireStudentNamed(username);
        overrides.remove(quizId, username);
        return Response.noContent().build();
    }
}
