package org.cyberpolicy.quiz.web.lti;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.cyberpolicy.quiz.lti.FakePlatform;
import org.cyberpolicy.quiz.testing.TestAccounts;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.restassured.response.Response;

/**
 * A learning platform for the grade passback tests: WireMock on a loopback port (JWKS, and whatever token and score
 * endpoints a test stubs), a {@link FakePlatform} registered through the API, and launches from a course.
 */
final class LtiTestPlatform {

    static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    static final String LINEITEM_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";

    final WireMockServer lms;
    final FakePlatform platform;
    final String base;

    LtiTestPlatform() {
        lms = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        lms.start();
        base = "http://127.0.0.1:" + lms.port();
        platform = new FakePlatform(base + "/lms-" + UUID.randomUUID(), "client-" + UUID.randomUUID(),
                "deployment-1");
        lms.stubFor(get(urlEqualTo("/jwks")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(platform.jwks())));
    }

    private boolean registered;

    /** Registers the platform through the API, once (the app listens only once the tests run). */
    synchronized void register() {
        if (registered) {
            return;
        }
        Map<String, Object> body = Map.of("issuer", platform.issuer, "clientId", platform.clientId,
                "deploymentIds", List.of(platform.deploymentId), "authLoginUrl", base + "/auth",
                "tokenUrl", base + "/token", "jwksUrl", base + "/jwks");
        int status = as(TestAccounts.instructor()).body(body).post("/api/instructor/lti/platforms").statusCode();
        assertTrue(status == 201, "registering the platform: " + status);
        registered = true;
    }

    void stop() {
        lms.stop();
    }

    /** The platform's token address gives this access token (an hour long) to every request. */
    void grantsTokens(String token) {
        lms.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/token")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"access_token\": \""
                        + token + "\", \"token_type\": \"Bearer\", \"expires_in\": 3600}")));
    }

    /** The AGS claim of a link whose line item is at {@code lineitem}, granting the score scope. */
    static Map<String, Object> ags(String lineitem) {
        Map<String, Object> claim = new HashMap<>();
        claim.put("scope", List.of(LINEITEM_SCOPE, SCORE));
        claim.put("lineitem", lineitem);
        claim.put("lineitems", lineitem.replaceAll("/lineitems/.*", "/lineitems"));
        return claim;
    }

    /**
     * A learner's launch into {@code quiz} from {@code context}, with the claims {@code changes} adds; the answer
     * (303 with the session cookie when accepted).
     */
    Response launch(String subject, String quiz, String context, Consumer<Map<String, Object>> changes) {
        register();
        Response answer = given().redirects().follow(false)
                .queryParam("iss", platform.issuer).queryParam("login_hint", "hint")
                .queryParam("target_link_uri", "http://localhost/lti/quizzes/" + quiz)
                .queryParam("client_id", platform.clientId).get("/lti/login");
        answer.then().statusCode(302);
        Map<String, String> parameters = new HashMap<>();
        for (String pair : URI.create(answer.header("Location")).getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        Map<String, Object> claims = platform.launchClaims(parameters.get("nonce"), subject, quiz,
                "http://localhost:8081");
        claims.put("https://purl.imsglobal.org/spec/lti/claim/context", Map.of("id", context, "title",
                "Course " + context));
        claims.put("name", "Learner " + subject);
        changes.accept(claims);
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("Origin", base).header("Sec-Fetch-Site", "cross-site")
                .formParam("id_token", platform.sign(claims)).formParam("state", parameters.get("state"))
                .cookie("lti-state-" + parameters.get("state"), "1").post("/lti/launch");
    }

    /** Launches and returns the session cookie. */
    String session(String subject, String quiz, String context, Consumer<Map<String, Object>> changes) {
        return launch(subject, quiz, context, changes).then().statusCode(303).extract().cookie("quarkus-credential");
    }
}
