package org.cyberpolicy.quiz.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cyberpolicy.quiz.lti.FakePlatform;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.cyberpolicy.quiz.testing.browser.BrowserJourney;
import org.cyberpolicy.quiz.testing.browser.JourneyPage;
import org.cyberpolicy.quiz.testing.browser.Screen;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * LTI Deep Linking in a real Chromium, across two sites, as in {@link LtiLaunchJourneyTest}. As Moodle's "Select
 * content" and Canvas's link selection do, the fake platform's course page (127.0.0.1, another site than the app's
 * localhost) shows the tool in a frame of its own: the login and the platform's deep linking request, posted into the
 * frame, open the app's picker there (the app lets the platform's origin, and it only, frame it); "Add to course"
 * answers, and the answer page posts the signed JWT back to the platform's return address in the same frame, through
 * the app's Content-Security-Policy (its form-action names that origin for this one page). No cookie is needed
 * anywhere: the browser's cookies are cleared before the launch and before the pick, and none reaches the app. In a
 * window of its own (the platform's other set-up) the same pages work, and without scripts the instructor presses
 * the page's button instead.
 */
@QuarkusTest
class DeepLinkingJourneyTest extends BrowserJourney {

    @TestHTTPResource("/")
    URL app;

    private HttpServer lms;
    private FakePlatform platform;
    private final List<String> returned = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    void startThePlatform() throws IOException {
        lms = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        lms.createContext("/course", this::course);
        lms.createContext("/select", this::selectInFrame);
        lms.createContext("/frame-sign-in", exchange -> send(exchange, "text/html; charset=utf-8", "<!DOCTYPE html>"
                + "<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Framing</title></head><body>"
                + "<iframe id=\"app\" title=\"app\" src=\"" + toolBase() + "/login\"></iframe></body></html>"));
        lms.createContext("/auth", this::authorize);
        lms.createContext("/return", this::receive);
        lms.createContext("/jwks", exchange -> send(exchange, "application/json", platform.jwks()));
        lms.start();
        platform = new FakePlatform(lmsBase() + "/lms-" + UUID.randomUUID(), "dl-journey-client", "dl-deployment");
    }

    @AfterAll
    void stopThePlatform() {
        if (lms != null) {
            lms.stop(0);
        }
    }

    private String lmsBase() {
        return "http://" + lms.getAddress().getAddress().getHostAddress() + ":" + lms.getAddress().getPort();
    }

    private String toolBase() {
        return app.getProtocol() + "://" + app.getAuthority();
    }

    /** The course page: "Add an activity" starts the tool's login for a deep linking request. */
    private void course(HttpExchange exchange) throws IOException {
        String login = toolBase() + "/lti/login?iss=" + encode(platform.issuer) + "&login_hint=teacher-1"
                + "&target_link_uri=" + encode(toolBase() + "/lti/launch") + "&client_id=" + encode(platform.clientId)
                + "&lti_deployment_id=" + encode(platform.deploymentId);
        send(exchange, "text/html; charset=utf-8", "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Cyber policy 101</title></head><body><h1>Cyber policy 101</h1>"
                + "<p><a href=\"" + login.replace("&", "&amp;") + "\">Add an activity</a></p></body></html>");
    }

    /**
     * Moodle's "Select content": the course page frames the tool's login for a deep linking request, and the platform
     * posts the request into that frame.
     */
    private void selectInFrame(HttpExchange exchange) throws IOException {
        String login = toolBase() + "/lti/login?iss=" + encode(platform.issuer) + "&login_hint=" + FRAMED
                + "&target_link_uri=" + encode(toolBase() + "/lti/launch") + "&client_id=" + encode(platform.clientId)
                + "&lti_deployment_id=" + encode(platform.deploymentId);
        send(exchange, "text/html; charset=utf-8", "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Cyber policy 101: add an activity</title></head><body><h1>Select content</h1>"
                + "<iframe id=\"tool\" title=\"Cyber-policy quiz\" width=\"900\" height=\"600\" src=\""
                + login.replace("&", "&amp;") + "\"></iframe></body></html>");
    }

    /** The login hint of the framed journey, whose launch waits for its "Continue" to be pressed. */
    private static final String FRAMED = "teacher-framed";

    /** The platform's authorization: the deep linking request, posted by a form (with a button if scripts are off). */
    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        boolean framed = FRAMED.equals(query.get("login_hint"));
        Map<String, Object> claims = platform.deepLinkingClaims(query.get("nonce"), "teacher-1",
                lmsBase() + "/return?course=101&sesskey=lms-session-key", "opaque & <data>");
        claims.put("name", "Barbara Liskov");
        String token = platform.sign(claims);
        send(exchange, "text/html; charset=utf-8", "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Launching</title></head><body><form id=\"launch\" method=\"post\" action=\""
                + query.get("redirect_uri") + "\"><input type=\"hidden\" name=\"id_token\" value=\"" + token + "\">"
                + "<input type=\"hidden\" name=\"state\" value=\"" + query.get("state") + "\">"
                + "<button type=\"submit\">Continue</button></form>"
                + (framed ? "" : "<script>document.getElementById('launch').submit();</script>") + "</body></html>");
    }

    /** The return address: keeps the posted JWT and shows the course again. */
    private void receive(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if ("POST".equals(exchange.getRequestMethod())) {
            returned.add(form(body).get("JWT"));
        }
        send(exchange, "text/html; charset=utf-8", "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Activity added</title></head><body><h1>Activity added</h1></body></html>");
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : encoded.split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length < 2 ? "" : URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static void send(HttpExchange exchange, String type, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private void registered() {
        Map<String, Object> body = Map.of("issuer", platform.issuer, "clientId", platform.clientId,
                "deploymentIds", List.of(platform.deploymentId), "authLoginUrl", lmsBase() + "/auth",
                "tokenUrl", lmsBase() + "/token", "jwksUrl", lmsBase() + "/jwks");
        int status = as(TestAccounts.instructor()).body(body).post("/api/instructor/lti/platforms").statusCode();
        if (status != 201 && status != 409) {
            throw new AssertionError("registering the platform: " + status);
        }
    }

    /** From the course to the app's picker in a window of its own; nobody is signed in by it. */
    private Page toThePicker(JourneyPage tab, boolean scripts) {
        Page page = tab.page();
        page.navigate(lmsBase() + "/course");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an activity")).click();
        if (!scripts) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        }
        page.waitForURL(url -> url.startsWith(toolBase() + "/lti/launch"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Add a quiz to your course");
        assertThat(page.getByText("Sign out")).hasCount(0);
        return page;
    }

    /** The one JWT the platform received, verified with the tool's published keys. */
    private JwtClaims received() throws Exception {
        assertEquals(1, returned.size(), "one answer posted to the return address");
        String jwks = RestAssured.get("/lti/jwks").then().statusCode(200).extract().asString();
        return new JwtConsumerBuilder().setExpectedIssuer(platform.clientId).setExpectedAudience(platform.issuer)
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()))
                .build().processToClaims(returned.get(0));
    }

    @Test
    void inThePlatformsFrameAnInstructorAddsAnExamWithoutAnyCookie() throws Exception {
        registered();
        returned.clear();
        JourneyPage tab = open(Screen.DESKTOP);
        Page page = tab.page();
        List<String> cookiesToTheTool = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> refusedFrames = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (request.url().startsWith(toolBase() + "/lti/launch")
                    || request.url().startsWith(toolBase() + "/lti/deep-links/")) {
                String cookie = request.allHeaders().get("cookie");
                if (cookie != null) {
                    cookiesToTheTool.add(request.url() + ": " + cookie);
                }
            }
        });
        page.onConsoleMessage(message -> {
            if (message.text().contains("frame-ancestors") || message.text().contains("X-Frame-Options")) {
                refusedFrames.add(message.text());
            }
        });
        page.navigate(lmsBase() + "/select");
        FrameLocator tool = page.frameLocator("#tool");
        // The platform's form, in the frame, waits here: the login's state cookie is dropped first, as browsers that
        // block third-party cookies never store or send it.
        assertThat(tool.getByRole(AriaRole.BUTTON, new FrameLocator.GetByRoleOptions().setName("Continue")))
                .isVisible();
        page.context().clearCookies();
        tool.getByRole(AriaRole.BUTTON, new FrameLocator.GetByRoleOptions().setName("Continue")).click();
        assertThat(tool.getByRole(AriaRole.HEADING, new FrameLocator.GetByRoleOptions().setLevel(1)))
                .hasText("Add a quiz to your course");
        assertEquals(List.of(), page.context().cookies(), "the picker sets no cookie");

        page.context().clearCookies();
        tool.getByRole(AriaRole.BUTTON, new FrameLocator.GetByRoleOptions()
                .setName("Add to course " + IndictmentsExam.TITLE)).click();
        assertThat(tool.getByRole(AriaRole.HEADING)).hasText("Activity added");
        assertTrue(page.url().startsWith(lmsBase() + "/select"), "the platform's page stays, the frame returned");
        assertEquals(List.of(), cookiesToTheTool, "no cookie reached the app");
        assertEquals(List.of(), refusedFrames, "the browser framed every page of the app");

        JwtClaims answer = received();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) answer.getClaimValue(
                "https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
        assertEquals(1, items.size());
        assertEquals(toolBase() + "/lti/quizzes/" + IndictmentsExam.QUIZ_ID, items.get(0).get("url"));
        assertNotNull(items.get(0).get("lineItem"), "an exam comes with its grade column");
    }

    @Test
    void theAppsOtherPagesRefuseToBeFramedByThePlatform() {
        JourneyPage tab = open(Screen.DESKTOP);
        Page page = tab.page();
        List<String> refusedFrames = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("frame-ancestors")) {
                refusedFrames.add(message.text());
            }
        });
        page.navigate(lmsBase() + "/frame-sign-in");
        page.waitForCondition(() -> !refusedFrames.isEmpty() || page.frames().stream()
                .anyMatch(frame -> frame.url().startsWith("chrome-error:")));
        assertThat(page.frameLocator("#app").getByRole(AriaRole.HEADING)).hasCount(0);
    }

    @Test
    void anInstructorAddsAnExamAndThePlatformReceivesTheSignedAnswer() throws Exception {
        registered();
        returned.clear();
        JourneyPage tab = open(Screen.DESKTOP);
        Page page = toThePicker(tab, true);
        tab.check("lti-deep-link-picker");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Add to course " + IndictmentsExam.TITLE)).click();
        page.waitForURL(url -> url.startsWith(lmsBase() + "/return"));
        assertThat(page.getByRole(AriaRole.HEADING)).hasText("Activity added");

        JwtClaims answer = received();
        assertEquals("LtiDeepLinkingResponse", answer.getClaimValue(
                "https://purl.imsglobal.org/spec/lti/claim/message_type"));
        assertEquals("opaque & <data>", answer.getClaimValue("https://purl.imsglobal.org/spec/lti-dl/claim/data"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) answer.getClaimValue(
                "https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
        assertEquals(1, items.size());
        assertEquals(toolBase() + "/lti/quizzes/" + IndictmentsExam.QUIZ_ID, items.get(0).get("url"));
        assertNotNull(items.get(0).get("lineItem"), "an exam comes with its grade column");
    }

    @Test
    void withoutScriptsTheInstructorReturnsWithTheButton() throws Exception {
        registered();
        returned.clear();
        JourneyPage tab = open(Screen.DESKTOP_WITHOUT_JAVASCRIPT);
        Page page = toThePicker(tab, false);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel: add nothing")).click();
        page.waitForURL(url -> url.startsWith(toolBase() + "/lti/deep-links/"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Back to your course");
        tab.check("lti-deep-link-return");
        assertTrue(returned.isEmpty(), "nothing is posted before the button");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Return to the course")).click();
        page.waitForURL(url -> url.startsWith(lmsBase() + "/return"));
        JwtClaims answer = received();
        assertEquals(List.of(), answer.getClaimValue("https://purl.imsglobal.org/spec/lti-dl/claim/content_items"));
    }
}
