package org.cyberpolicy.quiz.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An LTI 1.3 launch in a real Chromium, across two sites: a fake learning platform at {@code 127.0.0.1} on a port of
 * its own (another site than the app's {@code localhost}) shows a course page; the student clicks the activity, the
 * app's login initiation sends the browser to the platform's authorization address, whose page posts the signed
 * id_token back to the app from the platform's site, as Moodle and Canvas do. The browser must keep the login's state
 * cookie through that cross-site post and the session cookie after it: the student lands on the quiz, signed in under
 * the name the platform gave. An instructor of the course arrives as an instructor and finds the LTI page.
 */
@QuarkusTest
class LtiLaunchJourneyTest extends BrowserJourney {

    @TestHTTPResource("/")
    URL app;

    private HttpServer lms;
    private FakePlatform platform;
    private volatile String role = FakePlatform.LEARNER;
    private volatile String name = "Grace Hopper";

    @BeforeAll
    void startThePlatform() throws IOException {
        lms = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        lms.createContext("/course", this::course);
        lms.createContext("/auth", this::authorize);
        lms.createContext("/jwks", exchange -> send(exchange, "application/json", platform.jwks()));
        lms.start();
        platform = new FakePlatform(lmsBase() + "/lms-" + UUID.randomUUID(), "journey-client", "journey-deployment");
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

    /** The course page: the activity is a link to the tool's login initiation, as a platform makes it. */
    private void course(HttpExchange exchange) throws IOException {
        String login = toolBase() + "/lti/login?iss=" + encode(platform.issuer) + "&login_hint=user-1"
                + "&target_link_uri=" + encode(toolBase() + "/lti/quizzes/" + IndictmentsExam.QUIZ_ID)
                + "&client_id=" + encode(platform.clientId) + "&lti_deployment_id=" + encode(platform.deploymentId);
        send(exchange, "text/html; charset=utf-8", "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Cyber policy 101</title></head><body><h1>Cyber policy 101</h1>"
                + "<p><a href=\"" + login.replace("&", "&amp;") + "\">Indictments exam</a></p></body></html>");
    }

    /** The platform's authorization: the launch, signed with the nonce, posted to redirect_uri by a form. */
    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = new HashMap<>();
        for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        Map<String, Object> claims = platform.launchClaims(query.get("nonce"), "user-1-" + role.hashCode(),
                IndictmentsExam.QUIZ_ID, toolBase());
        claims.put("name", name);
        claims.put("https://purl.imsglobal.org/spec/lti/claim/roles", List.of(role));
        String token = platform.sign(claims);
        send(exchange, "text/html; charset=utf-8", "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Launching</title></head><body><form id=\"launch\" method=\"post\" action=\""
                + query.get("redirect_uri") + "\"><input type=\"hidden\" name=\"id_token\" value=\"" + token + "\">"
                + "<input type=\"hidden\" name=\"state\" value=\"" + query.get("state") + "\"></form>"
                + "<script>document.getElementById('launch').submit();</script></body></html>");
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

    private Page launchFromTheCourse(JourneyPage tab) {
        Page page = tab.page();
        page.navigate(lmsBase() + "/course");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Indictments exam")).click();
        page.waitForURL(url -> url.startsWith(toolBase() + "/quizzes/"));
        return page;
    }

    @Test
    void aStudentOpensTheQuizFromTheCourseSignedIn() {
        registered();
        role = FakePlatform.LEARNER;
        name = "Grace Hopper";
        JourneyPage tab = open(Screen.DESKTOP);
        Page page = launchFromTheCourse(tab);

        assertEquals(toolBase() + "/quizzes/" + IndictmentsExam.QUIZ_ID, page.url());
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Account")))
                .containsText("Grace Hopper");
        tab.check("lti-launch-quiz");
        // The session holds on the app's own pages.
        tab.go("/");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Account")))
                .containsText("Grace Hopper");
    }

    @Test
    void anInstructorOfTheCourseArrivesAsAnInstructor() {
        registered();
        role = FakePlatform.INSTRUCTOR;
        name = "Alan Turing";
        JourneyPage tab = open(Screen.DESKTOP);
        Page page = launchFromTheCourse(tab);
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Account")))
                .containsText("Alan Turing");

        tab.go("/instructor/lti");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("LTI 1.3: the course's learning platform");
        assertThat(page.getByText(platform.issuer).first()).isVisible();
        tab.check("lti-instructor-page");
        assertEquals(URI.create(page.url()).getPath(), "/instructor/lti");
    }
}
