package org.cyberpolicy.quiz.web.people;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.people.Links;
import org.cyberpolicy.quiz.people.SectionScope;
import org.cyberpolicy.quiz.people.Staff;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Staff accounts, roles, deactivation and password resets (docs/people.md). */
@Path("/api/instructor/people")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Account.INSTRUCTOR)
@Tag(name = "People")
public class PeopleApi {

    public record NewStaff(String username, String displayName, String role) {
    }

    public record RoleChange(String role) {
    }

    /** A one-time link: shown once, in this answer only. */
    public record LinkJson(String username, String displayName, String link, Instant expiresAt) {

        static LinkJson of(Links.Issued issued, String base) {
            return new LinkJson(issued.username(), issued.displayName(), base + issued.path(), issued.expiresAt());
        }
    }

    private final Staff staff;
    private final CallerAccount caller;
    private final SectionScope scope;
    private final LinkAddresses addresses;

    PeopleApi(Staff staff, CallerAccount caller, SectionScope scope, LinkAddresses addresses) {
        this.staff = staff;
        this.caller = caller;
        this.scope = scope;
        this.addresses = addresses;
    }

    @GET
    @Path("/staff")
    @Operation(summary = "Every instructor and assistant, active or not, with an assistant's sections")
    public List<Staff.Person> list() {
        return staff.staff();
    }

    @POST
    @Path("/staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an instructor or assistant account; 201 with its one-time link to set a password",
            description = "400 listing every problem, 409 when the username is taken.")
    public Response create(NewStaff body, @Context UriInfo uri) {
        if (body == null) {
            throw Refusal.invalid("A JSON body is required.");
        }
        Links.Issued issued = staff.create(body.username(), body.displayName(), body.role(), caller.get().username);
        return Response.status(Response.Status.CREATED).entity(LinkJson.of(issued, addresses.base(uri))).build();
    }

    @PUT
    @Path("/accounts/{username}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give an account another role (student, instructor, assistant); its sessions end",
            description = "409 for the last active instructor.")
    public Staff.Person role(@PathParam("username") String username, RoleChange body) {
        return staff.changeRole(username, body == null ? null : body.role());
    }

    @POST
    @Path("/accounts/{username}/deactivate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Deactivate an account: it cannot sign in and every session ends; its records stay",
            description = "409 for the last active instructor.")
    public Staff.Person deactivate(@PathParam("username") String username) {
        return staff.setActive(username, false);
    }

    @POST
    @Path("/accounts/{username}/reactivate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Let a deactivated account sign in again")
    public Staff.Person reactivate(@PathParam("username") String username) {
        return staff.setActive(username, true);
    }

    @POST
    @Path("/accounts/{username}/reset-link")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Account.INSTRUCTOR, Account.ASSISTANT })
    @Operation(summary = "Issue a one-time password reset link (older unused links of the account stop working)",
            description = "Instructors for anyone; assistants for the students of their sections (403 otherwise)."
                    + " Using the link sets a new password and ends every session of the account.")
    public LinkJson reset(@PathParam("username") String username, @Context UriInfo uri) {
        if (scope.assistant()) {
            Account target = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(
                    org.cyberpolicy.quiz.account.Registration.normalizeUsername(username)).orElse(null));
            if (target == null || !Account.STUDENT.equals(target.role)) {
                throw Refusal.forbidden("Assistants reset the passwords of the students of their sections only.");
            }
            scope.requireStudent(target.id);
        }
        return LinkJson.of(staff.reset(username, caller.get().username), addresses.base(uri));
    }
}
