package org.cyberpolicy.quiz.web.lti;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.lti.DeepLink;
import org.cyberpolicy.quiz.lti.DeepLinks;
import org.cyberpolicy.quiz.lti.FakePlatform;
import org.cyberpolicy.quiz.testing.LogCapture;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * LTI Deep Linking 2.0 from a fake learning platform (WireMock on a loopback port, its own keys), as Moodle and Canvas
 * do it: inside a frame of the platform's page, where the browser sends none of this site's cookies. An instructor's
 * deep linking request answers with the picker of the bank's quizzes at once (no session, no state cookie needed),
 * which only the platform's origins may frame; a pick, with no cookie at all, answers with an LtiDeepLinkingResponse
 * signed by the tool's key, which verifies against {@code /lti/jwks}, names the quiz as an ltiResourceLink (with a
 * line item for an exam), echoes the platform's data, and whose url launches that quiz. The request's id is the
 * picker's credential: used once, for 30 minutes, from the picker's own page only.
 */
@QuarkusTest
@Tag("database")
class DeepLinkingTest {

    static final String EXAM = "indictments-exam";
    static final String PRACTICE = "exchange-practice";
    static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

    static WireMockServer lms;
    static FakePlatform platform;
    static String jwksPath;
    static String returnUrl;

    @Inject
    CurrentBank bank;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startThePlatform() {
        lms = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        lms.start();
        String base = "http://127.0.0.1:" + lms.port();
        platform = new FakePlatform(base + "/lms-" + UUID.randomUUID(), "client-" + UUID.randomUUID(),
                "deployment-dl");
        jwksPath = "/jwks-" + UUID.randomUUID();
        returnUrl = base + "/mod/lti/contentitem_return.php?course=2&id=7&sesskey=secret-sesskey";
        lms.stubFor(get(urlEqualTo(jwksPath)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(platform.jwks())));
    }

    private static boolean registered;

    /** Registers the fake platform, once (the app is up only once the tests run). */
    static synchronized void registered() {
        if (registered) {
            return;
        }
        String base = "http://127.0.0.1:" + lms.port();
        String body = "{\"issuer\":\"" + platform.issuer + "\",\"clientId\":\"" + platform.clientId
                + "\",\"deploymentIds\":[\"" + platform.deploymentId + "\"],\"authLoginUrl\":\"" + base
                + "/auth\",\"tokenUrl\":\"" + base + "/token\",\"jwksUrl\":\"" + base + jwksPath + "\"}";
        as(TestAccounts.instructor()).body(body).post("/api/instructor/lti/platforms").then().statusCode(201);
        registered = true;
    }

    @AfterAll
    static void stopThePlatform() {
        lms.stop();
    }

    /** A login initiation; the state and nonce the platform would get. */
    static Map<String, String> login() {
        registered();
        Response answer = given().redirects().follow(false).queryParam("iss", platform.issuer)
                .queryParam("login_hint", "hint").queryParam("target_link_uri", "http://localhost/lti/deep-linking")
                .queryParam("client_id", platform.clientId).get("/lti/login");
        answer.then().statusCode(302);
        Map<String, String> parameters = new HashMap<>();
        for (String pair : URI.create(answer.header("Location")).getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** The platform posts the signed claims (made from the login's nonce) to the launch address, in a new window. */
    static Response launch(Map<String, String> login, Map<String, Object> claims) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("Origin", "http://127.0.0.1:" + lms.port()).header("Sec-Fetch-Site", "cross-site")
                .cookie("lti-state-" + login.get("state"), "1").formParam("id_token", platform.sign(claims))
                .formParam("state", login.get("state")).post("/lti/launch");
    }

    /**
     * The platform posts the signed claims into a frame of its own page, where the browser sends none of this site's
     * cookies, the login's state cookie included.
     */
    static Response launchInFrame(Map<String, String> login, Map<String, Object> claims) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("Origin", "http://127.0.0.1:" + lms.port()).header("Sec-Fetch-Site", "cross-site")
                .header("Sec-Fetch-Dest", "iframe").formParam("id_token", platform.sign(claims))
                .formParam("state", login.get("state")).post("/lti/launch");
    }

    /** A deep linking request of {@code subject}, changed by {@code change}, in the platform's frame; the answer. */
    static Response request(String subject, Consumer<Map<String, Object>> change) {
        Map<String, String> login = login();
        Map<String, Object> claims = platform.deepLinkingClaims(login.get("nonce"), subject, returnUrl,
                "platform-data-" + subject);
        change.accept(claims);
        return launchInFrame(login, claims);
    }

    /** An instructor's accepted request: the picker's page and the address its forms post to. */
    record Picker(String page, String path) {
    }

    static final Pattern PICK_ACTION = Pattern.compile("action=\"(/lti/deep-links/[A-Za-z0-9_-]{43})\"");

    static Picker picker(Response launched) {
        launched.then().statusCode(200).contentType(containsString("text/html")).header("Set-Cookie", nullValue());
        String page = launched.asString();
        Matcher action = PICK_ACTION.matcher(page);
        assertTrue(action.find(), page);
        return new Picker(page, action.group(1));
    }

    static Picker picker(String subject) {
        return picker(request(subject, c -> {
        }));
    }

    /** A form post from the picker's own page in the frame: no cookie at all, our origin. */
    RequestSpecification fromThePicker() {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("Origin", base.toString().replaceAll("/$", "")).header("Sec-Fetch-Site", "same-origin");
    }

    Response pick(Picker picker, String quiz) {
        return fromThePicker().formParam("quiz", quiz).post(picker.path());
    }

    /** The platform's origin, alone allowed to frame the pages of deep linking. */
    static String platformOrigin() {
        return "http://127.0.0.1:" + lms.port();
    }

    static void framedByThePlatformOnly(Response response, String... origins) {
        String policy = response.header("Content-Security-Policy");
        assertTrue(policy.contains(" frame-ancestors " + String.join(" ", origins) + ";"), policy);
        assertNull(response.header("X-Frame-Options"), "X-Frame-Options cannot name the platform: none is sent");
    }

    static void unframeable(Response response) {
        assertTrue(response.header("Content-Security-Policy").contains(" frame-ancestors 'none';"),
                response.header("Content-Security-Policy"));
        assertEquals("DENY", response.header("X-Frame-Options"));
    }

    static final Pattern FORM = Pattern.compile("<form id=\"lti-return\"[^>]*action=\"([^\"]+)\"");
    static final Pattern JWT = Pattern.compile("name=\"JWT\" value=\"([^\"]+)\"");

    /** The answer page's JWT, checked against the tool's public keys at /lti/jwks as the platform would. */
    static JwtClaims verifiedAnswer(Response page) throws Exception {
        String html = page.asString();
        Matcher form = FORM.matcher(html);
        assertTrue(form.find(), html);
        assertEquals(returnUrl, form.group(1).replace("&amp;", "&"), "the form posts to the platform's return URL");
        assertTrue(html.contains("<script src=\"/js/lti-return.js\"></script>"), "the page submits itself");
        Matcher jwt = JWT.matcher(html);
        assertTrue(jwt.find(), html);
        String token = jwt.group(1);
        String jwks = given().get("/lti/jwks").then().statusCode(200).extract().asString();
        JsonWebStructure header = JsonWebStructure.fromCompactSerialization(token);
        assertEquals("RS256", header.getAlgorithmHeaderValue());
        assertEquals(new JsonWebKeySet(jwks).getJsonWebKeys().get(0).getKeyId(), header.getKeyIdHeaderValue());
        return new JwtConsumerBuilder().setRequireExpirationTime().setRequireIssuedAt()
                .setExpectedIssuer(platform.clientId).setExpectedAudience(platform.issuer)
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()))
                .build().processToClaims(token);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(JwtClaims claims) {
        return (List<Map<String, Object>>) claims.getClaimValue(DL + "content_items");
    }

    @Test
    void anInstructorsRequestInTheFrameGetsThePickerAtOnceWithoutStateCookieOrSession() {
        Response launched = request("teacher-" + UUID.randomUUID(), c -> {
        });
        Picker picker = picker(launched);
        framedByThePlatformOnly(launched, platformOrigin());
        String page = picker.page();
        for (var quiz : bank.get().quizzes().values()) {
            assertTrue(page.contains(quiz.title()), quiz.title());
            assertTrue(page.contains("name=\"quiz\" value=\"" + quiz.id() + "\""), quiz.id());
        }
        assertTrue(page.contains("<td>exam</td>") && page.contains("<td>practice</td>"), page);
        assertTrue(page.contains("<td>10</td>"), "the exam's ten questions");
        assertTrue(page.contains("Add to course") && page.contains("Cancel"), page);
        assertTrue(page.contains("action=\"" + picker.path() + "/cancel\""), page);
        assertFalse(page.contains("secret-sesskey") || page.contains("platform-data-"),
                "the return address and the data stay on the server");
        assertFalse(page.contains("Sign out") || page.contains("csrf"), "nobody is signed in; no CSRF cookie needed");
    }

    @Test
    void thePlatformsFramingOriginsAreItsReturnAddressAndIssuerExactly() {
        Response launched = request("teacher-" + UUID.randomUUID(), c -> FakePlatform.settings(c)
                .put("deep_link_return_url", "https://Moodle.example.edu:8443/mod/lti/contentitem_return.php?x=1"));
        picker(launched);
        framedByThePlatformOnly(launched, "https://moodle.example.edu:8443", platformOrigin());
    }

    @Test
    void aResourceLinkLaunchWithoutTheStateCookieIsStillRefused() {
        Map<String, String> login = login();
        Map<String, Object> claims = platform.launchClaims(login.get("nonce"), "student-" + UUID.randomUUID(),
                "ignored", "ignored");
        claims.put(LTI + "target_link_uri", "http://localhost/lti/quizzes/" + EXAM);
        Response refused = launchInFrame(login, claims);
        refused.then().statusCode(403).body(containsString("did not come back to the browser"))
                .header("Set-Cookie", nullValue());
        unframeable(refused);
    }

    @Test
    void pickingAnExamWithoutAnyCookieAnswersWithASignedResourceLinkAndLineItem() throws Exception {
        String subject = "teacher-" + UUID.randomUUID();
        Picker picker = picker(subject);
        Response answer;
        try (LogCapture log = new LogCapture()) {
            answer = pick(picker, EXAM);
            answer.then().statusCode(200).contentType(containsString("text/html"));
            assertTrue(log.messages().stream().noneMatch(m -> m.contains("secret-sesskey")),
                    "the return address is never logged: " + log.messages());
            assertTrue(log.messages().stream().anyMatch(m -> m.matches("LTI deep linking: account \\d+ added the"
                    + " quiz " + EXAM + ".*")), "the log says which account picked: " + log.messages());
        }
        String policy = answer.header("Content-Security-Policy");
        assertTrue(policy.contains("form-action 'self' " + platformOrigin() + ";"), policy);
        assertTrue(policy.contains("script-src 'self';"), policy);
        framedByThePlatformOnly(answer, platformOrigin());
        assertTrue(answer.asString().contains("target=\"_self\""), "the answer goes back in the same frame");

        JwtClaims claims = verifiedAnswer(answer);
        assertEquals(300, claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());
        String nonce = claims.getStringClaimValue("nonce");
        assertTrue(nonce != null && nonce.length() >= 32, "a random nonce");
        assertEquals(platform.deploymentId, claims.getClaimValue(LTI + "deployment_id"));
        assertEquals("LtiDeepLinkingResponse", claims.getClaimValue(LTI + "message_type"));
        assertEquals("1.3.0", claims.getClaimValue(LTI + "version"));
        assertEquals("platform-data-" + subject, claims.getClaimValue(DL + "data"), "the data, echoed exactly");
        List<Map<String, Object>> items = items(claims);
        assertEquals(1, items.size());
        Map<String, Object> item = items.get(0);
        var exam = bank.get().quiz(EXAM).orElseThrow();
        assertEquals("ltiResourceLink", item.get("type"));
        assertEquals(exam.title(), item.get("title"));
        assertEquals(exam.description().orElseThrow().strip(), item.get("text"));
        String url = (String) item.get("url");
        assertTrue(url.matches("http://localhost:\\d+/lti/quizzes/" + EXAM), url);
        assertEquals(Map.of("quiz_id", EXAM), item.get("custom"));
        @SuppressWarnings("unchecked")
        Map<String, Object> lineItem = (Map<String, Object>) item.get("lineItem");
        BigDecimal points = exam.questionIds().stream().map(id -> bank.get().question(id).orElseThrow())
                .map(Question::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, points.compareTo(new BigDecimal(lineItem.get("scoreMaximum").toString())),
                lineItem.toString());
        assertEquals(exam.title(), lineItem.get("label"));
        assertEquals(EXAM, lineItem.get("resourceId"));

        // The url handed back launches that quiz through the ordinary launch.
        Map<String, String> login = login();
        Map<String, Object> launch = platform.launchClaims(login.get("nonce"), "student-" + UUID.randomUUID(),
                "ignored", "ignored");
        launch.put(LTI + "target_link_uri", url);
        launch(login, launch).then().statusCode(303).header("Location", "/quizzes/" + EXAM);
    }

    @Test
    void aPracticeQuizGetsNoLineItem() throws Exception {
        JwtClaims claims = verifiedAnswer(pick(picker("teacher-" + UUID.randomUUID()), PRACTICE).then()
                .statusCode(200).extract().response());
        Map<String, Object> item = items(claims).get(0);
        assertEquals(PRACTICE, ((Map<?, ?>) item.get("custom")).get("quiz_id"));
        assertNull(item.get("lineItem"), item.toString());
    }

    @Test
    void cancellingAnswersWithNoItemAndAMessage() throws Exception {
        String subject = "teacher-" + UUID.randomUUID();
        Picker picker = picker(subject);
        Response answer = fromThePicker().post(picker.path() + "/cancel");
        answer.then().statusCode(200);
        framedByThePlatformOnly(answer, platformOrigin());
        JwtClaims claims = verifiedAnswer(answer);
        assertEquals(List.of(), items(claims));
        assertNotNull(claims.getClaimValue(DL + "msg"));
        assertEquals("platform-data-" + subject, claims.getClaimValue(DL + "data"));
    }

    @Test
    void aRequestIsUsedOnceAndUnknownOrExpiredOnesAreRefused() {
        Picker mine = picker("teacher-" + UUID.randomUUID());
        // An unknown quiz is refused without spending the request (a page the platform may frame).
        Response unknownQuiz = pick(mine, "no-such-quiz");
        unknownQuiz.then().statusCode(404).body(not(containsString("lti-return")));
        framedByThePlatformOnly(unknownQuiz, platformOrigin());

        pick(mine, EXAM).then().statusCode(200).body(containsString("lti-return"));
        Response used = pick(mine, EXAM);
        used.then().statusCode(404).body(containsString("used already")).body(not(containsString("lti-return")));
        unframeable(used);
        fromThePicker().post(mine.path() + "/cancel").then().statusCode(404);

        // An id nobody was given: 43 characters like a real one.
        String unknown = DeepLinks.PATH + "A".repeat(43);
        pick(new Picker("", unknown), EXAM).then().statusCode(404).body(containsString("quiz choice is over"));

        Picker expired = picker("teacher-" + UUID.randomUUID());
        String id = expired.path().substring(DeepLinks.PATH.length());
        QuarkusTransaction.requiringNew().run(() -> DeepLink.update("expiresAt = ?1 where id = ?2",
                Instant.now().minusSeconds(1), id));
        pick(expired, EXAM).then().statusCode(404).body(containsString("expired"))
                .body(not(containsString("lti-return")));
    }

    @Test
    void aPickFromAnotherSiteOrFromNoPageIsRefused() {
        Picker picker = picker("teacher-" + UUID.randomUUID());
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("Origin", "https://prizes.example").formParam("quiz", EXAM).post(picker.path()).then()
                .statusCode(403).body(not(containsString("lti-return")));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "cross-site").formParam("quiz", EXAM).post(picker.path() + "/cancel")
                .then().statusCode(403).body(not(containsString("lti-return")));
        // The platform's own page (the frame's parent) cannot post it either.
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("Origin", platformOrigin()).formParam("quiz", EXAM).post(picker.path()).then()
                .statusCode(403);
        // A request that says nothing of where it comes from is no form of the picker's page.
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("quiz", EXAM)
                .post(picker.path()).then().statusCode(403).body(not(containsString("lti-return")));
        // Nor is a JSON or a multipart body.
        fromThePicker().contentType("application/json").body("{\"quiz\":\"" + EXAM + "\"}").post(picker.path())
                .then().statusCode(415);
        fromThePicker().contentType("multipart/form-data").multiPart("quiz", EXAM).post(picker.path()).then()
                .statusCode(415);
        // The address is not a page to open.
        given().redirects().follow(false).get(picker.path()).then().statusCode(405);
        // None of these spent the request.
        pick(picker, EXAM).then().statusCode(200).body(containsString("lti-return"));
    }

    @Test
    void otherPagesStayUnframeable() {
        unframeable(given().get("/login"));
        unframeable(given().get("/"));
        unframeable(given().get("/lti/jwks"));
    }

    @Test
    void aLearnersRequestIsRefusedWithAPageAndNoSession() {
        request("learner-" + UUID.randomUUID(), c -> c.put(LTI + "roles", List.of(FakePlatform.LEARNER)))
                .then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("Only the course&#39;s instructors and teaching assistants"))
                .header("Set-Cookie", nullValue());
    }

    @Test
    void aReplayedRequestIsRefused() {
        Map<String, String> login = login();
        Map<String, Object> claims = platform.deepLinkingClaims(login.get("nonce"), "teacher-" + UUID.randomUUID(),
                returnUrl, null);
        picker(launchInFrame(login, claims));
        // The same token and state again: the state is spent (and so would the nonce be).
        launchInFrame(login, claims).then().statusCode(403).body(not(containsString("/lti/deep-links/")));
    }

    @Test
    void missingOrUnusableSettingsAreRefusedWithAPage() {
        request("teacher-" + UUID.randomUUID(), c -> c.remove(DL + "deep_linking_settings")).then()
                .statusCode(400).body(containsString("deep_linking_settings")).header("Set-Cookie", nullValue());
        request("teacher-" + UUID.randomUUID(), c -> FakePlatform.settings(c).put("deep_link_return_url",
                "http://lms.example.edu/return")).then().statusCode(400).body(containsString("must use https"));
        request("teacher-" + UUID.randomUUID(), c -> FakePlatform.settings(c).put("accept_types", List.of("link")))
                .then().statusCode(400).body(containsString("ltiResourceLink"));
    }

    @Test
    void aPlatformThatTakesNoLineItemGetsNone() throws Exception {
        Picker picker = picker(request("teacher-" + UUID.randomUUID(), c -> FakePlatform.settings(c)
                .put("accept_lineitem", false)));
        Map<String, Object> item = items(verifiedAnswer(pick(picker, EXAM).then().statusCode(200).extract()
                .response())).get(0);
        assertNull(item.get("lineItem"), item.toString());
    }
}
