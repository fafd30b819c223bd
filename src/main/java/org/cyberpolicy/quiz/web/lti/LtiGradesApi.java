package org.cyberpolicy.quiz.web.lti;

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
import org.cyberpolicy.quiz.lti.GradePassback;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Grade passback as the instructor sees it (docs/interop.md, "Grade passback"): the latest score of every student and
 * line item with where it stands, and sending one again. Its whole address is its class path, so that it neither
 * hides nor is hidden by the platforms API beside it.
 */
@Path("/api/instructor/lti/grades")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Account.INSTRUCTOR)
@Tag(name = "LTI")
public class LtiGradesApi {

    private final GradePassback passback;

    LtiGradesApi(GradePassback passback) {
        this.passback = passback;
    }

    @GET
    @Operation(summary = "The latest score sent or to send for every student and line item, newest first")
    public List<GradePassback.GradeView> list() {
        return passback.latest();
    }

    @POST
    @Path("/{id}/resend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sends a score again: a waiting one at once, another as the student's grade now")
    public GradePassback.GradeView resend(@PathParam("id") String id) {
        return passback.view(passback.resend(parseId(id)).id);
    }

    static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw Refusal.notFound("There is no grade send " + id + ".");
        }
    }
}
