package org.cyberpolicy.quiz.web.api;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.people.SectionScope;
import org.cyberpolicy.quiz.export.ExportFilter;
import org.cyberpolicy.quiz.export.ExportFormat;
import org.cyberpolicy.quiz.export.ExportKind;
import org.cyberpolicy.quiz.export.ExportService;
import org.cyberpolicy.quiz.export.GradebookFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The score exports, for instructors: the gradebook, attempts and responses, each as CSV ({@code .csv}) or JSON
 * ({@code .json}, or the bare name with {@code Accept: application/json}). Streamed from the database, so their size
 * does not matter. The layout of each is in docs/export.md.
 */
@Path("/api/export")
@RolesAllowed({ Account.INSTRUCTOR, Account.ASSISTANT })
@Tag(name = "Export", description = "Score exports for instructors (CSV or JSON)")
public class ExportApi {

    private static final String CSV = "text/csv";
    private static final String FILTERS = " Filters: quiz (a quiz id), from and to (a date such as 2026-11-23, UTC, to"
            + " including that whole day; or an instant such as 2026-11-23T09:00:00Z) on the attempt's start, practice"
            + " (include, exclude or only), bom=true for a UTF-8 byte order mark for Excel, section (a section's id: its"
            + " students only). 400 for a bad filter, 404 for an unknown section. An assistant exports only the"
            + " students of their sections (all of them without section; 403 for a section not theirs).";

    private final ExportService exports;
    private final SectionScope scope;

    ExportApi(ExportService exports, SectionScope scope) {
        this.exports = exports;
        this.scope = scope;
    }

    @GET
    @Path("/gradebook.csv")
    @Produces(CSV)
    @Operation(summary = "The gradebook as CSV: one row per student, score and percent per quiz by its grading method",
            description = "Practice attempts are left out unless practice=include. format=moodle or format=canvas lays the"
                    + " sheet out for that LMS's gradebook import (400 for another value)." + FILTERS)
    @APIResponse(responseCode = "200", description = "CSV, RFC 4180, UTF-8")
    public Response gradebookCsv(@BeanParam Filters filters,
            @QueryParam("format") @Parameter(description = "standard (the default: two columns per quiz), moodle"
                    + " (for Moodle's Import grades from CSV) or canvas (for Canvas's gradebook import)") String format) {
        return export(ExportKind.GRADEBOOK, ExportFormat.CSV, filters, GradebookFormat.parse(format));
    }

    @GET
    @Path("/gradebook.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The gradebook as JSON", description = "Practice attempts are left out unless"
            + " practice=include." + FILTERS)
    public Response gradebookJson(@BeanParam Filters filters) {
        return export(ExportKind.GRADEBOOK, ExportFormat.JSON, filters);
    }

    @GET
    @Path("/gradebook")
    @Produces({ CSV, MediaType.APPLICATION_JSON })
    @Operation(summary = "The gradebook, as CSV or, with Accept: application/json, as JSON", description = FILTERS)
    public Response gradebook(@BeanParam Filters filters, @Context HttpHeaders headers,
            @QueryParam("format") @Parameter(description = "CSV only: standard, moodle or canvas") String format) {
        return export(ExportKind.GRADEBOOK, negotiated(headers), filters, GradebookFormat.parse(format));
    }

    @GET
    @Path("/attempts.csv")
    @Produces(CSV)
    @Operation(summary = "Every attempt as CSV, open ones with an empty score", description = FILTERS)
    public Response attemptsCsv(@BeanParam Filters filters) {
        return export(ExportKind.ATTEMPTS, ExportFormat.CSV, filters);
    }

    @GET
    @Path("/attempts.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every attempt as JSON", description = FILTERS)
    public Response attemptsJson(@BeanParam Filters filters) {
        return export(ExportKind.ATTEMPTS, ExportFormat.JSON, filters);
    }

    @GET
    @Path("/attempts")
    @Produces({ CSV, MediaType.APPLICATION_JSON })
    @Operation(summary = "Every attempt, as CSV or, with Accept: application/json, as JSON", description = FILTERS)
    public Response attempts(@BeanParam Filters filters, @Context HttpHeaders headers) {
        return export(ExportKind.ATTEMPTS, negotiated(headers), filters);
    }

    @GET
    @Path("/responses.csv")
    @Produces(CSV)
    @Operation(summary = "Every question of every attempt as CSV: facts, response, score, max score, and in words the"
            + " prompt, the response as shown and the correct answer (instructors only: it holds the answer keys)",
            description = FILTERS)
    public Response responsesCsv(@BeanParam Filters filters) {
        return export(ExportKind.RESPONSES, ExportFormat.CSV, filters);
    }

    @GET
    @Path("/responses.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every question of every attempt as JSON", description = FILTERS)
    public Response responsesJson(@BeanParam Filters filters) {
        return export(ExportKind.RESPONSES, ExportFormat.JSON, filters);
    }

    @GET
    @Path("/responses")
    @Produces({ CSV, MediaType.APPLICATION_JSON })
    @Operation(summary = "Every question of every attempt, as CSV or, with Accept: application/json, as JSON",
            description = FILTERS)
    public Response responses(@BeanParam Filters filters, @Context HttpHeaders headers) {
        return export(ExportKind.RESPONSES, negotiated(headers), filters);
    }

    /** The query parameters every export takes. */
    public static class Filters {
        @QueryParam("quiz")
        @Parameter(description = "only this quiz (its id)")
        public String quiz;

        @QueryParam("from")
        @Parameter(description = "attempts started at or after this date (UTC) or instant")
        public String from;

        @QueryParam("to")
        @Parameter(description = "attempts started on or before this date (UTC, the whole day) or instant")
        public String to;

        @QueryParam("practice")
        @Parameter(description = "include, exclude or only practice attempts (gradebook default exclude, others"
                + " include)")
        public String practice;

        @QueryParam("bom")
        @Parameter(description = "true: CSV starts with a UTF-8 byte order mark, for Excel")
        public String bom;

        @QueryParam("section")
        @Parameter(description = "only the students of this section (its id)")
        public String section;
    }

    private Response export(ExportKind kind, ExportFormat format, Filters filters) {
        return export(kind, format, filters, GradebookFormat.STANDARD);
    }

    private Response export(ExportKind kind, ExportFormat format, Filters filters, GradebookFormat layout) {
        ExportFilter filter = ExportFilter.parse(filters.quiz, filters.from, filters.to, filters.practice,
                filters.bom, kind.defaultPractice()).withSections(scope.of(filters.section).sections());
        ExportService.Writing writing = exports.prepare(kind, format, filter, layout);
        return Response.ok((StreamingOutput) writing::writeTo)
                .type(format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + fileName(kind, format, layout) + "\"")
                // Grades are personal data: no cache is to keep a copy.
                .header("Cache-Control", "no-store")
                .build();
    }

    /** {@code gradebook-2026-11-23.csv}: the export and today's date in UTC. */
    static String fileName(ExportKind kind, ExportFormat format) {
        return fileName(kind, format, GradebookFormat.STANDARD);
    }

    /** {@code gradebook-moodle-2026-11-23.csv} for a gradebook in an LMS's layout. */
    static String fileName(ExportKind kind, ExportFormat format, GradebookFormat layout) {
        String name = layout == GradebookFormat.STANDARD ? kind.fileName() : kind.fileName() + "-" + layout.parameter();
        return name + "-" + LocalDate.now(ZoneOffset.UTC) + "." + format.extension();
    }

    /** JSON when the client prefers it to CSV; CSV otherwise, a missing or wildcard Accept included. */
    static ExportFormat negotiated(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return ExportFormat.CSV;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardSubtype()) {
                return ExportFormat.JSON;
            }
            if (type.getType().equals("text") && (type.getSubtype().equals("csv") || type.isWildcardSubtype())) {
                return ExportFormat.CSV;
            }
        }
        return ExportFormat.CSV;
    }
}
