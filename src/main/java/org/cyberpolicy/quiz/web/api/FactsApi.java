package org.cyberpolicy.quiz.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.cyberpolicy.quiz.briefing.Briefings;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

/** The briefings for scripts: the facts to read, by topic and on a timeline, as the pages under /learn show them. */
@Path("/api/facts")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Briefings")
public class FactsApi {

    private final Briefings briefings;
    private final CallerAccount caller;

    FactsApi(Briefings briefings, CallerAccount caller) {
        this.briefings = briefings;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Every topic and fact with its sources and notes, never a question or an answer",
            description = "While the caller has an exam open, the facts it tests are left out and \"held\" says why.")
    public FactsJson.Briefing facts() {
        return FactsJson.of(briefings.forAccount(caller.id()));
    }

    @GET
    @Path("/timeline")
    @Operation(summary = "Every fact with a date, earliest first, with the topic where it is")
    public FactsJson.Timeline timeline() {
        return FactsJson.timeline(briefings.forAccount(caller.id()));
    }
}
