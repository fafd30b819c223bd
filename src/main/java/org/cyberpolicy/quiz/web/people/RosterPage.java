package org.cyberpolicy.quiz.web.people;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.people.Roster;
import org.cyberpolicy.quiz.people.RosterCsv;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Roster import in the browser (docs/people.md, "Roster"): upload a CSV, see the preview (what changes, which rows are
 * refused and why), apply it, and download the new accounts' one-time links as CSV. Nothing changes before "Apply";
 * the preview page carries the file to the apply form, which reads it again from the start.
 */
@Path("/instructor/roster")
@RolesAllowed(Account.INSTRUCTOR)
public class RosterPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload();

        static native TemplateInstance preview(Roster.Report report, String csv);

        static native TemplateInstance applied(Roster.Report report, String linksCsv);
    }

    private final Roster roster;
    private final CallerAccount caller;
    private final LinkAddresses addresses;

    RosterPage(Roster roster, CallerAccount caller, LinkAddresses addresses) {
        this.roster = roster;
        this.caller = caller;
        this.addresses = addresses;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        return Templates.upload();
    }

    @POST
    @Path("/preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance preview(@RestForm("file") FileUpload file) {
        byte[] csv = read(file);
        return Templates.preview(roster.preview(csv), Base64.getEncoder().encodeToString(csv));
    }

    @POST
    @Path("/apply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response apply(@RestForm String csv, @Context UriInfo uri) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(csv == null ? "" : csv);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(RosterCsv.NOT_READ, List.of("upload the roster again"));
        }
        Roster.Report report = roster.apply(RosterApi.require(bytes), caller.get().username, addresses.base(uri));
        String links = Base64.getEncoder().encodeToString(RosterApi.linksCsv(report.links()));
        // The links are on this page only: no cache keeps them.
        return Response.ok(Templates.applied(report, links)).type(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-store").build();
    }

    private static byte[] read(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw Refusal.invalid(RosterCsv.NOT_READ, List.of("choose a CSV file to upload"));
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
