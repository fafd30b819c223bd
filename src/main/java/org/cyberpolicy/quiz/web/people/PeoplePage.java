package org.cyberpolicy.quiz.web.people;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.people.Links;
import org.cyberpolicy.quiz.people.Sections;
import org.cyberpolicy.quiz.people.Staff;
import org.cyberpolicy.quiz.web.CallerAccount;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The instructor's page of people (docs/people.md): staff accounts (create, change a role, deactivate and reactivate,
 * issue a password reset link) and sections (create, with an optional join code; add a student or an assistant). A new
 * link is shown once, on the page that answers the form that made it.
 */
@Path("/instructor/people")
@RolesAllowed(Account.INSTRUCTOR)
public class PeoplePage {

    /** A link just issued, to show once. */
    public record NewLink(String username, String displayName, String link, String expires) {
    }

    public record Page(List<Staff.Person> staff, List<Sections.SectionInfo> sections, Optional<NewLink> link,
            String done) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance people(Page page);
    }

    private final Staff staff;
    private final Sections sections;
    private final CallerAccount caller;
    private final LinkAddresses addresses;

    PeoplePage(Staff staff, Sections sections, CallerAccount caller, LinkAddresses addresses) {
        this.staff = staff;
        this.sections = sections;
        this.caller = caller;
        this.addresses = addresses;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@QueryParam("done") String done) {
        return page(Optional.empty(), done == null ? "" : done);
    }

    private TemplateInstance page(Optional<NewLink> link, String done) {
        return Templates.people(new Page(staff.staff(), sections.list(), link, done));
    }

    private Response withLink(Links.Issued issued, UriInfo uri) {
        NewLink link = new NewLink(issued.username(), issued.displayName(), addresses.base(uri) + issued.path(),
                issued.expiresAt().toString());
        // The link is on this page only: no cache keeps it.
        return Response.ok(page(Optional.of(link), "")).type(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/staff")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(@FormParam("username") String username, @FormParam("displayName") String displayName,
            @FormParam("role") String role, @Context UriInfo uri) {
        return withLink(staff.create(username, displayName, role, caller.get().username), uri);
    }

    @POST
    @Path("/accounts/{username}/reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response reset(@PathParam("username") String username, @Context UriInfo uri) {
        return withLink(staff.reset(username, caller.get().username), uri);
    }

    @POST
    @Path("/accounts/reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response resetNamed(@FormParam("username") String username, @Context UriInfo uri) {
        return withLink(staff.reset(username, caller.get().username), uri);
    }

    @POST
    @Path("/accounts/{username}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response role(@PathParam("username") String username, @FormParam("role") String role) {
        staff.changeRole(username, role);
        return done("role");
    }

    @POST
    @Path("/accounts/{username}/deactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deactivate(@PathParam("username") String username) {
        staff.setActive(username, false);
        return done("deactivated");
    }

    @POST
    @Path("/accounts/{username}/reactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reactivate(@PathParam("username") String username) {
        staff.setActive(username, true);
        return done("reactivated");
    }

    @POST
    @Path("/sections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createSection(@FormParam("id") String id, @FormParam("name") String name,
            @FormParam("joinCode") String joinCode) {
        sections.create(id, name, joinCode);
        return done("section");
    }

    @POST
    @Path("/sections/{id}/assistants")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addAssistant(@PathParam("id") String id, @FormParam("username") String username) {
        sections.addAssistant(id, username);
        return done("assistant");
    }

    @POST
    @Path("/sections/{id}/students")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addStudent(@PathParam("id") String id, @FormParam("username") String username) {
        sections.addStudents(id, List.of(username == null ? "" : username));
        return done("student");
    }

    private static Response done(String what) {
        return Response.seeOther(URI.create("/instructor/people?done=" + what)).build();
    }
}
