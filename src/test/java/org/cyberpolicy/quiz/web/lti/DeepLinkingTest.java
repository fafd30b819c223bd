package org.cyberpolicy.quiz.web.lti;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.CSRF_COOKIE;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.CSRF_FIELD;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.SESSION_COOKIE;
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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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
import org.cyberpolicy.quiz.lti.FakePlatform;
import org.cyberpolicy.quiz.testing.AccountsOverHttp;
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

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * LTI Deep Linking 2.0 from a fake learning platform (WireMock on a loopback port, its own keys): an instructor's
 * deep linking request opens the picker of the bank's quizzes; a pick answers with an LtiDeepLinkingResponse signed by
 * the tool's key, which verifies against {@code /lti/jwks}, names the quiz as an ltiResourceLink (with a line item for
 * an exam), echoes the platform's data, and whose url launches that quiz. The request is the signed-in account's only,
 * and used once.
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

    /** The platform posts the signed claims (made from the login's nonce) to the launch address. */
    static Response launch(Map<String, String> login, Map<String, Object> claims) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("Origin", "http://127.0.0.1:" + lms.port()).header("Sec-Fetch-Site", "cross-site")
                .cookie("lti-state-" + login.get("state"), "1").formParam("id_token", platform.sign(claims))
                .formParam("state", login.get("state")).post("/lti/launch");
    }

    /** A deep linking request of {@code subject}, changed by {@code change}; the answer to it. */
    static Response request(String subject, Consumer<Map<String, Object>> change) {
        Map<String, String> login = login();
        Map<String, Object> claims = platform.deepLinkingClaims(login.get("nonce"), subject, returnUrl,
                "platform-data-" + subject);
        change.accept(claims);
        return launch(login, claims);
    }

    /** An instructor's accepted request: the session and the picker's path. */
    record Picker(String session, String path) {
    }

    static Picker picker(String subject) {
        Response launched = request(subject, c -> {
        });
        launched.then().statusCode(303).header("Location", containsString("/lti/deep-links/"));
        String session = launched.cookie(SESSION_COOKIE);
        assertNotNull(session, "the deep linking request signs its instructor in");
        return new Picker(session, launched.header("Location"));
    }

    static AccountsOverHttp.Csrf csrf(Picker picker) {
        return AccountsOverHttp.csrfFrom(given().cookie(SESSION_COOKIE, picker.session()).get(picker.path()).then()
                .statusCode(200).extract().response());
    }

    static Response pick(Picker picker, String quiz) {
        AccountsOverHttp.Csrf csrf = csrf(picker);
        return given().redirects().follow(false).cookie(SESSION_COOKIE, picker.session())
                .cookie(CSRF_COOKIE, csrf.cookie()).formParam(CSRF_FIELD, csrf.token()).formParam("quiz", quiz)
                .post(picker.path());
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
    void anInstructorsRequestOpensThePickerOfTheBanksQuizzes() {
        Picker picker = picker("teacher-" + UUID.randomUUID());
        given().cookie(SESSION_COOKIE, picker.session()).get("/api/me").then().statusCode(200)
                .body("role", org.hamcrest.Matchers.equalTo("instructor"));
        String page = given().cookie(SESSION_COOKIE, picker.session()).get(picker.path()).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        for (var quiz : bank.get().quizzes().values()) {
            assertTrue(page.contains(quiz.title()), quiz.title());
            assertTrue(page.contains("name=\"quiz\" value=\"" + quiz.id() + "\""), quiz.id());
        }
        assertTrue(page.contains("<td>exam</td>") && page.contains("<td>practice</td>"), page);
        assertTrue(page.contains("<td>10</td>"), "the exam's ten questions");
        assertTrue(page.contains("Add to course") && page.contains("Cancel"), page);
        assertFalse(page.contains("secret-sesskey") || page.contains("platform-data-"),
                "the return address and the data stay on the server");
    }

    @Test
    void pickingAnExamAnswersWithASignedResourceLinkAndLineItem() throws Exception {
        String subject = "teacher-" + UUID.randomUUID();
        Picker picker = picker(subject);
        Response answer;
        try (LogCapture log = new LogCapture()) {
            answer = pick(picker, EXAM);
            answer.then().statusCode(200).contentType(containsString("text/html"));
            assertTrue(log.messages().stream().noneMatch(m -> m.contains("secret-sesskey")),
                    "the return address is never logged: " + log.messages());
        }
        String policy = answer.header("Content-Security-Policy");
        assertTrue(policy.contains("form-action 'self' http://127.0.0.1:" + lms.port() + ";"), policy);
        assertTrue(policy.contains("script-src 'self';"), policy);

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
        AccountsOverHttp.Csrf csrf = csrf(picker);
        Response answer = given().cookie(SESSION_COOKIE, picker.session()).cookie(CSRF_COOKIE, csrf.cookie())
                .formParam(CSRF_FIELD, csrf.token()).post(picker.path() + "/cancel");
        answer.then().statusCode(200);
        JwtClaims claims = verifiedAnswer(answer);
        assertEquals(List.of(), items(claims));
        assertNotNull(claims.getClaimValue(DL + "msg"));
        assertEquals("platform-data-" + subject, claims.getClaimValue(DL + "data"));
    }

    @Test
    void aRequestIsUsedOnceAndByItsOwnAccountOnly() {
        Picker mine = picker("teacher-" + UUID.randomUUID());
        Picker theirs = picker("teacher-" + UUID.randomUUID());
        AccountsOverHttp.Csrf theirCsrf = csrf(theirs);

        // Another instructor cannot see or use my request (nor learn whether it exists), and trying does not spend it.
        given().cookie(SESSION_COOKIE, theirs.session()).get(mine.path()).then().statusCode(404)
                .body(containsString("quiz choice is over"));
        given().cookie(SESSION_COOKIE, theirs.session()).cookie(CSRF_COOKIE, theirCsrf.cookie())
                .formParam(CSRF_FIELD, theirCsrf.token()).formParam("quiz", EXAM).post(mine.path()).then()
                .statusCode(404).body(not(containsString("lti-return")));
        // An unknown quiz is refused without spending it either.
        pick(mine, "no-such-quiz").then().statusCode(404);

        pick(mine, EXAM).then().statusCode(200).body(containsString("lti-return"));
        AccountsOverHttp.Csrf csrf = AccountsOverHttp.csrfFrom(given().cookie(SESSION_COOKIE, mine.session())
                .get("/instructor/lti").then().statusCode(200).extract().response());
        given().cookie(SESSION_COOKIE, mine.session()).cookie(CSRF_COOKIE, csrf.cookie())
                .formParam(CSRF_FIELD, csrf.token()).formParam("quiz", EXAM).post(mine.path()).then()
                .statusCode(404).body(containsString("used already"));
        given().cookie(SESSION_COOKIE, mine.session()).get(mine.path()).then().statusCode(404);
    }

    @Test
    void aPickWithoutTheFormsTokenIsRefused() {
        Picker picker = picker("teacher-" + UUID.randomUUID());
        given().redirects().follow(false).cookie(SESSION_COOKIE, picker.session()).formParam("quiz", EXAM)
                .post(picker.path()).then().statusCode(400).body(not(containsString("lti-return")));
        // Still usable by the real form afterwards.
        pick(picker, EXAM).then().statusCode(200).body(containsString("lti-return"));
    }

    @Test
    void withoutSignInOrAsAStudentThePickerIsClosed() {
        Picker picker = picker("teacher-" + UUID.randomUUID());
        int anonymous = given().redirects().follow(false).get(picker.path()).statusCode();
        assertTrue(anonymous == 302 || anonymous == 401, "anonymous: " + anonymous);
        as(TestAccounts.student()).get(picker.path()).then().statusCode(403);
    }

    @Test
    void aLearnersRequestIsRefusedWithAPageAndNoSession() {
        request("learner-" + UUID.randomUUID(), c -> c.put(LTI + "roles", List.of(FakePlatform.LEARNER)))
                .then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("Only the course&#39;s instructors and teaching assistants"))
                .header("Set-Cookie", nullValue());
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
        Response launched = request("teacher-" + UUID.randomUUID(), c -> FakePlatform.settings(c)
                .put("accept_lineitem", false));
        Picker picker = new Picker(launched.cookie(SESSION_COOKIE), launched.header("Location"));
        Map<String, Object> item = items(verifiedAnswer(pick(picker, EXAM).then().statusCode(200).extract()
                .response())).get(0);
        assertNull(item.get("lineItem"), item.toString());
    }
}
