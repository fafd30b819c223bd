package org.cyberpolicy.quiz.web.lti;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.lti.RosterSync;
import org.cyberpolicy.quiz.web.people.ChangesPeople;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The learning platforms' courses whose rosters the tool can read (LTI Names and Role Provisioning), and the roster
 * sync of one into its section (docs/interop.md, "Rosters from the platform").
 */
@Path("/api/instructor/lti/courses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Account.INSTRUCTOR)
@Tag(name = "LTI")
public class LtiCoursesApi {

    /** A course; {@code sectionId} names it in the paths here and in the sections API. */
    public record CourseJson(String sectionId, String sectionName, String issuer, String contextId,
            String membershipsUrl, Instant updatedAt) {

        static CourseJson of(RosterSync.Course course) {
            return new CourseJson(course.sectionId(), course.sectionName(), course.issuer(), course.contextId(),
                    course.membershipsUrl(), course.updatedAt());
        }
    }

    private final RosterSync sync;

    LtiCoursesApi(RosterSync sync) {
        this.sync = sync;
    }

    @GET
    public List<CourseJson> list() {
        return sync.courses().stream().map(CourseJson::of).toList();
    }

    /** Reads the course's roster from its platform and applies it to the section; 502 when the platform fails it. */
    @POST
    @ChangesPeople
    @Path("/{sectionId}/roster-sync")
    public RosterSync.Report syncRoster(@PathParam("sectionId") String sectionId) {
        return sync.sync(sectionId);
    }
}
