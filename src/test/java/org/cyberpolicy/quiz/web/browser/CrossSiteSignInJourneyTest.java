package org.cyberpolicy.quiz.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.cyberpolicy.quiz.testing.TestAccounts;
import org.cyberpolicy.quiz.testing.browser.BrowserJourney;
import org.cyberpolicy.quiz.testing.browser.JourneyPage;
import org.cyberpolicy.quiz.testing.browser.Screen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Login CSRF in a real Chromium. An attacker's page, served by a server of its own at {@code 127.0.0.1} on another
 * port (another site than the app's {@code localhost}), posts a sign-in form with the attacker's name and password to
 * the app as soon as it loads. Were it to succeed, the visitor would go on working in the attacker's account, which
 * the attacker reads later. The app refuses the post (403, its own error page), and the browser is not signed in;
 * the site's own sign-in form, in the same browser, still signs the visitor in.
 */
@QuarkusTest
class CrossSiteSignInJourneyTest extends BrowserJourney {

    @TestHTTPResource("/")
    URL app;

    private HttpServer attackerSite;
    private volatile String attacker;

    @BeforeAll
    void startTheAttackersSite() throws IOException {
        attackerSite = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        attackerSite.createContext("/", this::serveTheAttackersPage);
        attackerSite.start();
    }

    @AfterAll
    void stopTheAttackersSite() {
        if (attackerSite != null) {
            attackerSite.stop(0);
        }
    }

    /** A page that signs its visitor in as the attacker, without a click. */
    private void serveTheAttackersPage(HttpExchange exchange) throws IOException {
        String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Free answers</title></head>"
                + "<body><form id=\"sign-in\" method=\"post\" action=\"" + app + "j_security_check\">"
                + "<input type=\"hidden\" name=\"j_username\" value=\"" + attacker + "\">"
                + "<input type=\"hidden\" name=\"j_password\" value=\"" + TestAccounts.PASSWORD + "\">"
                + "<button type=\"submit\">See the answers</button></form>"
                + "<script>document.getElementById('sign-in').submit();</script></body></html>";
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private String attackersPage() {
        return "http://" + attackerSite.getAddress().getAddress().getHostAddress() + ":"
                + attackerSite.getAddress().getPort() + "/free-answers";
    }

    @Test
    void aPageOnAnotherSiteCannotSignTheBrowserInToTheAttackersAccount() {
        attacker = TestAccounts.student();
        JourneyPage tab = open(Screen.DESKTOP);
        Page page = tab.page();
        String appOrigin = app.getProtocol() + "://" + app.getAuthority();

        Response landed = page.waitForResponse(response -> response.url().startsWith(appOrigin),
                () -> page.navigate(attackersPage()));
        page.waitForURL(url -> url.startsWith(appOrigin));

        assertEquals(403, landed.status(), "the app's answer to the attacker's post");
        assertThat(page.getByRole(AriaRole.HEADING)).hasText("Not allowed");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("came from another site");
        tab.check("cross-site-sign-in-refused");

        tab.go("/");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Account")))
                .not().containsText("Signed in as");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in").setExact(true)))
                .isVisible();

        String visitor = TestAccounts.student();
        new StudentSite(tab, "cross-site").signIn(visitor, TestAccounts.PASSWORD);
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Account")))
                .containsText("Student " + visitor);
    }
}
