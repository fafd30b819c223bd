package org.cyberpolicy.quiz.web.people;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.export.CsvWriter;
import org.cyberpolicy.quiz.people.Roster;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Roster import (docs/people.md, "Roster"): preview with {@code ?dryRun=true}, apply without. */
@Path("/api/instructor/roster")
@RolesAllowed(Account.INSTRUCTOR)
@Tag(name = "People")
public class RosterApi {

    private final Roster roster;
    private final CallerAccount caller;
    private final LinkAddresses addresses;

    RosterApi(Roster roster, CallerAccount caller, LinkAddresses addresses) {
        this.roster = roster;
        this.caller = caller;
        this.addresses = addresses;
    }

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a roster of students (CSV: username,display name,student number,email,section)",
            description = "dryRun=true: what would change (created, updated, unchanged, refused rows with line and"
                    + " message, sections created, each row's changes); nothing changes. Without it: applied in one"
                    + " transaction, and the answer adds each new account's one-time link. 400 for a file that cannot"
                    + " be read (not UTF-8, unknown column, no header).")
    public Roster.Report post(byte[] body, @QueryParam("dryRun") boolean dryRun, @Context UriInfo uri) {
        byte[] csv = require(body);
        return dryRun ? roster.preview(csv) : roster.apply(csv, caller.get().username, addresses.base(uri));
    }

    static byte[] require(byte[] body) {
        if (body == null || body.length == 0) {
            throw Refusal.invalid(org.cyberpolicy.quiz.people.RosterCsv.NOT_READ, List.of("the roster is empty"));
        }
        return body;
    }

    /** The links of an import as CSV, formulas neutralised: username, display name, section, link, expires. */
    public static byte[] linksCsv(List<Roster.LinkLine> links) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            CsvWriter csv = new CsvWriter(writer);
            csv.record(List.of("username", "display name", "section", "link", "expires"));
            for (Roster.LinkLine link : links == null ? List.<Roster.LinkLine>of() : links) {
                csv.text(link.username()).text(link.displayName()).text(link.section()).plain(link.link())
                        .plain(link.expiresAt().toString()).endRecord();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
