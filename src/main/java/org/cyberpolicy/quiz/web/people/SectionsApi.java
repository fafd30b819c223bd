package org.cyberpolicy.quiz.web.people;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.cyberpolicy.quiz.people.Sections;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sections (class groups), their students and assistants; instructors only (docs/people.md). */
@Path("/api/instructor/sections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Account.INSTRUCTOR)
@Tag(name = "People")
public class SectionsApi {

    public record SectionBody(String id, String name, String joinCode) {
    }

    private final Sections sections;

    SectionsApi(Sections sections) {
        this.sections = sections;
    }

    @GET
    @Operation(summary = "Every section with its join code, its number of students and its assistants")
    public List<Sections.SectionInfo> list() {
        return sections.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a section (id: lower-case words joined by '-'; joinCode optional)",
            description = "201; 400 listing every problem; 409 when the id or the join code is taken.")
    public Response create(SectionBody body) {
        if (body == null) {
            throw Refusal.invalid("A JSON body is required.");
        }
        return Response.status(Response.Status.CREATED).entity(sections.create(body.id(), body.name(),
                body.joinCode())).build();
    }

    @GET
    @Path("/{id}")
    public Sections.SectionInfo get(@PathParam("id") String id) {
        return sections.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a section and set its join code (blank or absent: none)")
    public Sections.SectionInfo update(@PathParam("id") String id, SectionBody body) {
        if (body == null) {
            throw Refusal.invalid("A JSON body is required.");
        }
        return sections.update(id, body.name(), body.joinCode());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a section; its students and assistants stay, without it. 204 either way")
    public Response delete(@PathParam("id") String id) {
        sections.delete(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("/{id}/students/{username}")
    @Operation(summary = "Put a student in the section")
    public Sections.SectionInfo addStudent(@PathParam("id") String id, @PathParam("username") String username) {
        return sections.addStudents(id, List.of(username));
    }

    @DELETE
    @Path("/{id}/students/{username}")
    @Operation(summary = "Take a student out of the section")
    public Sections.SectionInfo removeStudent(@PathParam("id") String id, @PathParam("username") String username) {
        return sections.removeStudent(id, username);
    }

    @PUT
    @Path("/{id}/assistants/{username}")
    @Operation(summary = "Make an assistant one of the section's")
    public Sections.SectionInfo addAssistant(@PathParam("id") String id, @PathParam("username") String username) {
        return sections.addAssistant(id, username);
    }

    @DELETE
    @Path("/{id}/assistants/{username}")
    @Operation(summary = "Take an assistant off the section")
    public Sections.SectionInfo removeAssistant(@PathParam("id") String id,
            @PathParam("username") String username) {
        return sections.removeAssistant(id, username);
    }
}
