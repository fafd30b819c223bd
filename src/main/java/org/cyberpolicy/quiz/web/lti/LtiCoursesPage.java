package org.cyberpolicy.quiz.web.lti;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.lti.RosterSync;
import org.cyberpolicy.quiz.web.people.ChangesPeople;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The instructor's page of the platforms' courses: each with a button that reads its roster from the platform into
 * its section, and what the last sync did, or why the platform failed it. A CSRF form, no JavaScript.
 */
@Path("/instructor/lti/courses")
@RolesAllowed(Account.INSTRUCTOR)
public class LtiCoursesPage {

    /** The page: the courses, and the outcome of a sync just made (a report, or the platform's failure). */
    public record Page(List<RosterSync.Course> courses, Optional<RosterSync.Report> report, String problem) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance courses(Page page);
    }

    private final RosterSync sync;

    LtiCoursesPage(RosterSync sync) {
        this.sync = sync;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        return Templates.courses(new Page(sync.courses(), Optional.empty(), ""));
    }

    @POST
    @ChangesPeople
    @Path("/{sectionId}/roster-sync")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response syncRoster(@PathParam("sectionId") String sectionId) {
        try {
            RosterSync.Report report = sync.sync(sectionId);
            return Response.ok(Templates.courses(new Page(sync.courses(), Optional.of(report), ""))).build();
        } catch (Refusal refused) {
            if (refused.reason() != Refusal.Reason.UPSTREAM) {
                throw refused;
            }
            return Response.status(502).entity(Templates.courses(new Page(sync.courses(), Optional.empty(),
                    refused.getMessage()))).build();
        }
    }
}
