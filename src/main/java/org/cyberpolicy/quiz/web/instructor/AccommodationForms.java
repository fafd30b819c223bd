package org.cyberpolicy.quiz.web.instructor;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.attempt.AttemptService;
import org.cyberpolicy.quiz.attempt.OverrideRequest;
import org.cyberpolicy.quiz.attempt.Overrides;
import org.cyberpolicy.quiz.people.SectionScope;
import org.cyberpolicy.quiz.web.CallerAccount;

/**
 * The forms of the accommodations part of the instructor's pages: grant or remove an override, end or reopen an
 * attempt. Each goes back to the page it came from; a refused request gets the error page with the reason, and
 * nothing changes. (Under a path of their own: {@code /instructor/attempts/{id}} is the review page's resource.)
 * An assistant grants and removes overrides for the students of their sections; ending and reopening attempts are
 * the instructor's, as in the API.
 */
@Path("/instructor/accommodations")
@RolesAllowed({ Account.INSTRUCTOR, Account.ASSISTANT })
public class AccommodationForms {

    private final Overrides overrides;
    private final AttemptService attempts;
    private final CallerAccount caller;
    private final SectionScope scope;

    AccommodationForms(Overrides overrides, AttemptService attempts, CallerAccount caller, SectionScope scope) {
        this.overrides = overrides;
        this.attempts = attempts;
        this.caller = caller;
        this.scope = scope;
    }

    @POST
    @Path("/overrides")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grant(@FormParam("quizId") String quizId, @FormParam("username") String username,
            @FormParam("extraMinutes") String extraMinutes, @FormParam("timeFactor") String timeFactor,
            @FormParam("extraAttempts") String extraAttempts, @FormParam("opens") String opens,
            @FormParam("closes") String closes, @FormParam("back") String back) {
        OverrideRequest request = new OverrideRequest(whole("Extra minutes", extraMinutes),
                decimal("Time factor", timeFactor), whole("Extra attempts", extraAttempts), text(opens), text(closes));
        scope.requireStudentNamed(required("Student", username));
        overrides.grant(required("Quiz", quizId), required("Student", username), request, caller.get().username);
        return back(back, "granted");
    }

    @POST
    @Path("/overrides/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@FormParam("quizId") String quizId, @FormParam("username") String username,
            @FormParam("back") String back) {
        scope.requireStudentNamed(required("Student", username));
        overrides.remove(required("Quiz", quizId), required("Student", username));
        return back(back, "removed");
    }

    @POST
    @Path("/attempts/{id}/end")
    @RolesAllowed(Account.INSTRUCTOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response end(@PathParam("id") long id, @FormParam("back") String back) {
        attempts.endForInstructor(id);
        return back(back, "ended");
    }

    @POST
    @Path("/attempts/{id}/reopen")
    @RolesAllowed(Account.INSTRUCTOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reopen(@PathParam("id") long id, @FormParam("back") String back) {
        attempts.reopenForInstructor(id);
        return back(back, "reopened");
    }

    /** Back to an instructor page only: never elsewhere, whatever the form said. */
    static Response back(String back, String done) {
        String path = back != null && back.matches("/instructor/[A-Za-z0-9/_.-]*") && !back.contains("..")
                ? back : "/instructor";
        return Response.seeOther(URI.create(path + "?done=" + done)).build();
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static String required(String field, String value) {
        return text(value).orElseThrow(() -> Refusal.invalid(field + " is required."));
    }

    private static Optional<Integer> whole(String field, String value) {
        try {
            return text(value).map(Integer::valueOf);
        } catch (NumberFormatException e) {
            throw Refusal.invalid(field + " must be a whole number, not '" + value + "'.");
        }
    }

    private static Optional<BigDecimal> decimal(String field, String value) {
        try {
            return text(value).map(BigDecimal::new);
        } catch (NumberFormatException e) {
            throw Refusal.invalid(field + " must be a number such as 1.5, not '" + value + "'.");
        }
    }
}
