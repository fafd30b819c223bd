package org.cyberpolicy.quiz.web.lti;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.lti.Platform;
import org.cyberpolicy.quiz.lti.PlatformSpec;
import org.cyberpolicy.quiz.lti.Platforms;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The learning platforms the tool trusts for LTI 1.3 launches (docs/interop.md, "LTI 1.3"). */
@Path("/api/instructor/lti/platforms")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Account.INSTRUCTOR)
@Tag(name = "LTI")
public class LtiPlatformsApi {

    /** The body of a POST. */
    public record Request(String issuer, String clientId, List<String> deploymentIds, String authLoginUrl,
            String tokenUrl, String jwksUrl) {
    }

    /** A platform; {@code source} is {@code registered} or {@code file} (then without id, and not deletable). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlatformJson(Long id, String source, String issuer, String clientId, List<String> deploymentIds,
            String authLoginUrl, String tokenUrl, String jwksUrl, String createdBy, Instant createdAt) {

        static PlatformJson of(Platform platform) {
            PlatformSpec spec = platform.spec();
            return new PlatformJson(platform.id(), platform.source().word(), spec.issuer(), spec.clientId(),
                    spec.deploymentIds(), spec.authLoginUrl(), spec.tokenUrl(), spec.jwksUrl(), platform.createdBy(),
                    platform.createdAt());
        }
    }

    private final Platforms platforms;
    private final CallerAccount caller;

    LtiPlatformsApi(Platforms platforms, CallerAccount caller) {
        this.platforms = platforms;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Every platform: those of the QUIZ_LTI_PLATFORMS file, then those registered here")
    public List<PlatformJson> list() {
        return platforms.all().stream().map(PlatformJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a platform", description = "201 with the platform; 400 listing every problem"
            + " (https addresses only, http on loopback addresses); 409 when its issuer and client id are known")
    public Response register(Request body) {
        if (body == null) {
            throw Refusal.invalid("The body must name the platform's issuer, clientId, deploymentIds, authLoginUrl,"
                    + " tokenUrl and jwksUrl.");
        }
        Platform platform = platforms.register(new PlatformSpec(body.issuer(), body.clientId(),
                body.deploymentIds(), body.authLoginUrl(), body.tokenUrl(), body.jwksUrl()), caller.get().username);
        return Response.created(URI.create("/api/instructor/lti/platforms/" + platform.id()))
                .entity(PlatformJson.of(platform)).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a registered platform: its launches are refused from then on; its users keep their"
            + " accounts. 404 for an unknown id")
    public Response delete(@PathParam("id") String id) {
        platforms.delete(parseId(id));
        return Response.noContent().build();
    }

    static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw Refusal.notFound("No registered platform has the id " + id + ".");
        }
    }
}
