package org.cyberpolicy.quiz.web.lti;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.lti.ToolKeys;

/**
 * The tool's open LTI addresses besides the login and launch: its public keys, which platforms fetch to check what
 * the tool signs, and the target link of each quiz, which opened outside a launch leads to the quiz itself.
 */
@Path("/lti")
public class LtiToolResource {

    private final ToolKeys keys;
    private final CurrentBank bank;

    LtiToolResource(ToolKeys keys, CurrentBank bank) {
        this.keys = keys;
        this.bank = bank;
    }

    /** The tool's public key set: one RSA key with its kid, alg RS256 and use sig. */
    @GET
    @Path("/jwks")
    @Produces(MediaType.APPLICATION_JSON)
    public String jwks() {
        return keys.publicJwks();
    }

    /** A quiz's target link URI, opened directly: the quiz's page (which asks to sign in first). */
    @GET
    @Path("/quizzes/{quizId}")
    public Response quiz(@PathParam("quizId") String quizId) {
        if (bank.get().quiz(quizId).isEmpty()) {
            throw Refusal.notFound("There is no quiz '" + quizId + "'.");
        }
        return Response.seeOther(URI.create("/quizzes/" + URLEncoder.encode(quizId, StandardCharsets.UTF_8)))
                .build();
    }
}
