package org.cyberpolicy.quiz.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /ping}: a constant "ok" in plain text, open to everyone, touching neither the database nor the bank. Load
 * balancers can poll it cheaply (for "is the process answering at all"; {@code /q/health/ready} says whether it is fit
 * to serve), and the benchmark uses it as the ceiling of what the app can answer per second on the machine.
 */
@Path("/ping")
public class PingResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String ping() {
        return "ok";
    }
}
