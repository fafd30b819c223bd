package org.cyberpolicy.quiz.web.lti;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.cyberpolicy.quiz.testing.LogCapture;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.jose4j.jwk.RsaJsonWebKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * An LTI 1.3 launch from a fake learning platform (WireMock on a loopback port, with its own RSA keys and JWKS): the
 * login initiation's redirect, the launch that signs the LMS user in and opens the quiz, and every refusal.
 */
@QuarkusTest
@Tag("database")
class LtiLaunchTest {

    static final String QUIZ = "indictments-exam";

    static WireMockServer lms;
    static FakePlatform platform;
    static String jwksPath;

    @BeforeAll
    static void startThePlatform() {
        lms = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        lms.start();
        String base = "http://127.0.0.1:" + lms.port();
        platform = new FakePlatform(base + "/lms-" + UUID.randomUUID(), "client-" + UUID.randomUUID(), "deployment-1");
        jwksPath = "/jwks-" + UUID.randomUUID();
        publish(platform.key);
    }

    @AfterAll
    static void stopThePlatform() {
        lms.stop();
    }

    static void publish(RsaJsonWebKey... keys) {
        lms.stubFor(get(urlEqualTo(jwksPath)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(platform.jwks(keys))));
    }

    /** Registers the fake platform once (the API refuses it a second time). */
    static synchronized void registered() {
        String base = "http://127.0.0.1:" + lms.port();
        Map<String, Object> body = Map.of("issuer", platform.issuer, "clientId", platform.clientId,
                "deploymentIds", List.of(platform.deploymentId), "authLoginUrl", base + "/auth",
                "tokenUrl", base + "/token", "jwksUrl", base + jwksPath);
        int status = as(TestAccounts.instructor()).body(body).post("/api/instructor/lti/platforms").statusCode();
        assertTrue(status == 201 || status == 409, "registering the platform: " + status);
    }

    /** A login initiation from the platform; the redirect's parameters and the state cookie. */
    record Login(Map<String, String> parameters, String location, String stateCookie) {
        String state() {
            return parameters.get("state");
        }

        String nonce() {
            return parameters.get("nonce");
        }
    }

    static Login login() {
        registered();
        Response answer = given().redirects().follow(false)
                .queryParam("iss", platform.issuer).queryParam("login_hint", "hint-123")
                .queryParam("target_link_uri", "http://localhost/lti/quizzes/" + QUIZ)
                .queryParam("lti_message_hint", "message-hint-9").queryParam("client_id", platform.clientId)
                .queryParam("lti_deployment_id", platform.deploymentId)
                .get("/lti/login");
        answer.then().statusCode(302);
        String location = answer.header("Location");
        Map<String, String> parameters = new HashMap<>();
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        String cookie = answer.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("lti-state-" + parameters.get("state") + "=")).findFirst().orElse(null);
        return new Login(parameters, location, cookie);
    }

    /** The launch as the platform's page would post it to the tool from its own site. */
    static Response launch(Login login, String idToken, boolean withCookie) {
        var request = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("Origin", "http://127.0.0.1:" + lms.port()).header("Sec-Fetch-Site", "cross-site")
                .formParam("id_token", idToken).formParam("state", login.state());
        if (withCookie) {
            request.cookie("lti-state-" + login.state(), "1");
        }
        return request.post("/lti/launch");
    }

    static Map<String, Object> claims(Login login, String subject) {
        return platform.launchClaims(login.nonce(), subject, QUIZ, "http://localhost:8081");
    }

    @Test
    void theLoginInitiationRedirectsToThePlatformWithEveryParameter() {
        Login login = login();
        assertTrue(login.location().startsWith("http://127.0.0.1:" + lms.port() + "/auth?"), login.location());
        Map<String, String> p = login.parameters();
        assertEquals("openid", p.get("scope"));
        assertEquals("id_token", p.get("response_type"));
        assertEquals("form_post", p.get("response_mode"));
        assertEquals("none", p.get("prompt"));
        assertEquals(platform.clientId, p.get("client_id"));
        assertTrue(p.get("redirect_uri").matches("http://localhost:\\d+/lti/launch"), p.get("redirect_uri"));
        assertEquals("hint-123", p.get("login_hint"));
        assertEquals("message-hint-9", p.get("lti_message_hint"));
        assertTrue(p.get("state").length() >= 40);
        assertTrue(p.get("nonce").length() >= 40);
        assertFalse(p.get("state").equals(p.get("nonce")));
        assertEquals(2 + 10, p.size() + 2);
        assertNotNull(login.stateCookie(), "the state is bound to the browser with a cookie");
        assertTrue(login.stateCookie().contains("SameSite=None") && login.stateCookie().contains("Secure")
                && login.stateCookie().toLowerCase().contains("httponly") && login.stateCookie().contains("Path=/lti/launch"),
                login.stateCookie());
        assertFalse(login().state().equals(login.state()), "a fresh state for every login");
    }

    @Test
    void aLoginPostedByThePlatformFromItsSiteIsAnsweredToo() {
        registered();
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("Origin", "http://127.0.0.1:" + lms.port()).header("Sec-Fetch-Site", "cross-site")
                .formParam("iss", platform.issuer).formParam("login_hint", "h")
                .formParam("target_link_uri", "http://localhost/lti/quizzes/" + QUIZ)
                .formParam("client_id", platform.clientId)
                .post("/lti/login").then().statusCode(302)
                .header("Location", startsWith("http://127.0.0.1:" + lms.port() + "/auth?"));
    }

    @Test
    void aLoginFromAnUnknownPlatformOrWithoutItsParametersIsRefusedWithAPage() {
        registered();
        given().redirects().follow(false).queryParam("iss", "https://unknown.example.edu")
                .queryParam("login_hint", "h").queryParam("target_link_uri", "x").get("/lti/login")
                .then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("No platform with the issuer"));
        given().redirects().follow(false).queryParam("iss", platform.issuer).queryParam("login_hint", "h")
                .queryParam("target_link_uri", "x").queryParam("client_id", "another").get("/lti/login")
                .then().statusCode(403).body(containsString("not with the client id"));
        given().redirects().follow(false).queryParam("iss", platform.issuer).get("/lti/login")
                .then().statusCode(400).body(containsString("login_hint"));
        given().redirects().follow(false).queryParam("iss", platform.issuer).queryParam("login_hint", "h")
                .queryParam("target_link_uri", "x").queryParam("lti_deployment_id", "7").get("/lti/login")
                .then().statusCode(403).body(containsString("deployment"));
    }

    @Test
    void aLaunchSignsTheLmsUserInAndOpensTheQuiz() {
        String subject = "student-" + UUID.randomUUID();
        Login login = login();
        Response launched = launch(login, platform.sign(claims(login, subject)), true);
        launched.then().statusCode(303).header("Location", equalTo("/quizzes/" + QUIZ));
        String session = launched.cookie("quarkus-credential");
        assertNotNull(session, "a session cookie");

        given().cookie("quarkus-credential", session).get("/api/me").then().statusCode(200)
                .body("role", equalTo("student")).body("displayName", equalTo("Ada Lovelace"))
                .body("username", startsWith("lti-"));
        given().cookie("quarkus-credential", session).redirects().follow(false).get("/quizzes/" + QUIZ)
                .then().statusCode(200);

        // The same LMS user launching again is the same account; an instructor of the course becomes one here.
        String username = given().cookie("quarkus-credential", session).get("/api/me").jsonPath()
                .getString("username");
        Login again = login();
        Map<String, Object> asInstructor = claims(again, subject);
        asInstructor.put("https://purl.imsglobal.org/spec/lti/claim/roles", List.of(FakePlatform.INSTRUCTOR));
        asInstructor.put("name", "Ada King");
        String second = launch(again, platform.sign(asInstructor), true).then().statusCode(303).extract()
                .cookie("quarkus-credential");
        given().cookie("quarkus-credential", second).get("/api/me").then().statusCode(200)
                .body("username", equalTo(username)).body("role", equalTo("instructor"))
                .body("displayName", equalTo("Ada King"));
    }

    static final String CONTEXT = "https://purl.imsglobal.org/spec/lti/claim/context";
    static final String ROLES = "https://purl.imsglobal.org/spec/lti/claim/roles";
    static final String TEACHING_ASSISTANT =
            "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant";

    /** Launches as {@code subject} from the course {@code contextId} with {@code roles}; the session cookie. */
    static String launchFromCourse(String subject, String contextId, String title, List<String> roles) {
        Login login = login();
        Map<String, Object> claims = claims(login, subject);
        claims.put(CONTEXT, Map.of("id", contextId, "title", title));
        claims.put(ROLES, roles);
        // A name of its own: a staff account's name is one that registrations may no longer take (StaffLookalikes).
        claims.put("name", "Member " + subject);
        return launch(login, platform.sign(claims), true).then().statusCode(303).extract()
                .cookie("quarkus-credential");
    }

    static Map<String, Object> sectionNamed(String title) {
        List<Map<String, Object>> sections = as(TestAccounts.instructor()).get("/api/instructor/sections").then()
                .statusCode(200).extract().jsonPath().getList("$");
        return sections.stream().filter(s -> title.equals(s.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no section named " + title + " in " + sections));
    }

    @Test
    void theLmsCourseBecomesASectionWithItsLearnersAndTeachingAssistants() {
        String course = "course-" + UUID.randomUUID();
        String title = "Cyber policy " + course.substring(7, 15);
        String learner = launchFromCourse("learner-" + UUID.randomUUID(), course, title,
                List.of(FakePlatform.LEARNER));
        String assistant = launchFromCourse("ta-" + UUID.randomUUID(), course, title,
                List.of(FakePlatform.INSTRUCTOR, TEACHING_ASSISTANT));
        launchFromCourse("learner-" + UUID.randomUUID(), course, title, List.of(FakePlatform.LEARNER));

        String assistantName = given().cookie("quarkus-credential", assistant).get("/api/me").then().statusCode(200)
                .body("role", equalTo("assistant")).extract().jsonPath().getString("username");
        given().cookie("quarkus-credential", learner).get("/api/me").then().statusCode(200)
                .body("role", equalTo("student"));
        Map<String, Object> section = sectionNamed(title);
        assertTrue(((String) section.get("id")).startsWith("lti-"), section.toString());
        assertEquals(2, section.get("students"), section.toString());
        assertEquals(List.of(assistantName), section.get("assistants"), section.toString());
    }

    @Test
    void anAccountAnInstructorDeactivatedIsRefusedAtItsNextLaunch() {
        String subject = "deactivated-" + UUID.randomUUID();
        String session = launchFromCourse(subject, "course-" + UUID.randomUUID(), "A course", List.of(
                FakePlatform.LEARNER));
        String username = given().cookie("quarkus-credential", session).get("/api/me").jsonPath()
                .getString("username");
        as(TestAccounts.instructor()).post("/api/instructor/people/accounts/" + username + "/deactivate").then()
                .statusCode(200);

        Login login = login();
        launch(login, platform.sign(claims(login, subject)), true).then().statusCode(403)
                .body(containsString("deactivated")).header("Set-Cookie", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aLaunchWithTheCustomQuizIdOrNoQuizLandsAccordingly() {
        Login login = login();
        Map<String, Object> claims = claims(login, "custom-" + UUID.randomUUID());
        claims.put("https://purl.imsglobal.org/spec/lti/claim/target_link_uri", "http://localhost:8081/lti/launch");
        claims.put("https://purl.imsglobal.org/spec/lti/claim/custom", Map.of("quiz_id", QUIZ));
        launch(login, platform.sign(claims), true).then().statusCode(303).header("Location", "/quizzes/" + QUIZ);

        Login other = login();
        Map<String, Object> none = claims(other, "none-" + UUID.randomUUID());
        none.put("https://purl.imsglobal.org/spec/lti/claim/target_link_uri", "http://localhost:8081/lti/launch");
        launch(other, platform.sign(none), true).then().statusCode(303).header("Location", "/");

        Login unknown = login();
        Map<String, Object> missing = claims(unknown, "unknown-" + UUID.randomUUID());
        missing.put("https://purl.imsglobal.org/spec/lti/claim/target_link_uri",
                "http://localhost:8081/lti/quizzes/no-such-quiz");
        launch(unknown, platform.sign(missing), true).then().statusCode(404)
                .body(containsString("no-such-quiz"));
    }

    /** A launch whose token was changed by {@code change} is refused with {@code status} and says {@code words}. */
    static void refused(Consumer<Map<String, Object>> change, int status, String words) {
        Login login = login();
        Map<String, Object> claims = claims(login, "refused-" + UUID.randomUUID());
        change.accept(claims);
        String token = platform.sign(claims);
        try (LogCapture log = new LogCapture()) {
            launch(login, token, true).then().statusCode(status).contentType(containsString("text/html"))
                    .body(containsString(words)).header("Set-Cookie", org.hamcrest.Matchers.nullValue());
            assertTrue(log.messages().stream().anyMatch(m -> m.startsWith("LTI launch refused")), log.messages()
                    .toString());
            assertTrue(log.messages().stream().noneMatch(m -> m.contains(token) || m.contains(token.split("\\.")[1])),
                    "the token is never logged");
        }
    }

    @Test
    void aTokenWithAWrongSignatureIsRefused() {
        Login login = login();
        String forged = platform.sign(claims(login, "forged"), platform.forgedKey);
        launch(login, forged, true).then().statusCode(403).body(containsString("wrong signature"));
    }

    @Test
    void aTokenSignedWithAKeyThePlatformDoesNotPublishIsRefusedAfterFetchingTheKeysAgain() throws Exception {
        Login login = login();
        RsaJsonWebKey unknown = FakePlatform.newKey("unknown-kid-" + UUID.randomUUID());
        Thread.sleep(1100); // past the refetch threshold, so that the unknown kid makes the tool fetch the set again
        int fetchesBefore = lms.findAll(getRequestedFor(urlEqualTo(jwksPath))).size();
        launch(login, platform.sign(claims(login, "stranger"), unknown), true).then().statusCode(403)
                .body(containsString("unknown signing key"));
        assertTrue(lms.findAll(getRequestedFor(urlEqualTo(jwksPath))).size() > fetchesBefore,
                "an unknown kid makes the tool fetch the platform's keys again");
    }

    @Test
    void aKeyThePlatformStartsUsingIsFetchedAndTrusted() throws Exception {
        Login first = login();
        launch(first, platform.sign(claims(first, "rotating")), true).then().statusCode(303);
        RsaJsonWebKey next = FakePlatform.newKey("next-" + UUID.randomUUID());
        publish(platform.key, next);
        Thread.sleep(1100);
        Login second = login();
        launch(second, platform.sign(claims(second, "rotating"), next), true).then().statusCode(303);
    }

    @Test
    void anExpiredTokenIsRefused() {
        long now = java.time.Instant.now().getEpochSecond();
        refused(c -> {
            c.put("iat", now - 600);
            c.put("exp", now - 300);
        }, 403, "has expired");
    }

    @Test
    void aTokenForAnotherToolIsRefused() {
        refused(c -> c.put("aud", "another-client"), 403, "wrong audience");
    }

    @Test
    void anUnknownDeploymentIsRefused() {
        refused(c -> c.put("https://purl.imsglobal.org/spec/lti/claim/deployment_id", "99"), 403,
                "unknown deployment");
    }

    @Test
    void missingClaimsAreRefused() {
        refused(c -> {
            c.remove("https://purl.imsglobal.org/spec/lti/claim/resource_link");
            c.remove("https://purl.imsglobal.org/spec/lti/claim/roles");
        }, 400, "claims are missing");
    }

    @Test
    void anotherLtiVersionIsRefused() {
        refused(c -> c.put("https://purl.imsglobal.org/spec/lti/claim/version", "1.1.0"), 400,
                "wrong lti version");
    }

    @Test
    void aTokenUsedOnceIsNotAcceptedAgain() {
        Login login = login();
        String token = platform.sign(claims(login, "replayer"));
        launch(login, token, true).then().statusCode(303);
        // The same post again: its state is spent.
        launch(login, token, true).then().statusCode(403).body(containsString("used already"));
        // The same token with a fresh login's state: its nonce is not that login's.
        Login fresh = login();
        launch(fresh, token, true).then().statusCode(403).body(containsString("the token was used already"));
    }

    @Test
    void onlyTheLoginAndLaunchTakePostsFromOtherSites() {
        for (String path : List.of("/lti/launch/", "/lti/quizzes/" + QUIZ, "/logout")) {
            given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .header("Origin", "http://127.0.0.1:" + lms.port()).header("Sec-Fetch-Site", "cross-site")
                    .formParam("id_token", "x").post(path).then().statusCode(403)
                    .body(containsString("came from another site"));
        }
    }

    @Test
    void aLaunchWithoutItsLoginOrFromAnotherBrowserIsRefused() {
        Login login = login();
        String token = platform.sign(claims(login, "no-cookie"));
        launch(login, token, false).then().statusCode(403).body(containsString("did not come back to the browser"));
        // The state was spent by that try: the right browser cannot use it afterwards either.
        launch(login, token, true).then().statusCode(403);

        Login unknown = new Login(Map.of("state", "made-up-state", "nonce", "n"), "", null);
        launch(unknown, token, true).then().statusCode(403).body(containsString("follows no login"));
        given().contentType("application/x-www-form-urlencoded").formParam("state", "x").post("/lti/launch")
                .then().statusCode(400).body(containsString("id_token"));
    }
}
