package org.cyberpolicy.quiz.testing.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.cyberpolicy.quiz.web.security.SecurityHeaders;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import com.microsoft.playwright.Route;

import io.quarkus.test.junit.QuarkusTest;

/** The checks every journey page goes through do fail on a bad page, so that the journeys passing them means something. */
@QuarkusTest
class PageChecksTest extends BrowserJourney {

    /* An unlabelled field, an image without text, pale text on white, a duplicate id and a stray end tag. */
    private static final String BAD_PAGE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Bad</title><link rel=\"stylesheet\" href=\"/css/app.css\"></head><body><main><h1>Bad</h1>"
            + "<p id=\"x\" style=\"color:#ccc;background:#fff\">Pale text</p><p id=\"x\">Again</p></div>"
            + "<form><input type=\"text\" name=\"q\"></form><img src=\"/nothing.png\"></main></body></html>";

    @Test
    void aPageWithAccessibilityAndHtmlErrorsFailsTheChecks() {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> badPage(Screen.DESKTOP));
        String message = failure.getMessage();
        assertTrue(message.contains("axe label"), message);
        assertTrue(message.contains("axe image-alt"), message);
        assertTrue(message.contains("axe color-contrast"), message);
        assertTrue(message.contains("Duplicate ID"), message);
        assertTrue(message.contains("Stray end tag"), message);
    }

    @Test
    void withoutJavaScriptAxeStillRunsOnTheSamePage() {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> badPage(Screen.DESKTOP_WITHOUT_JAVASCRIPT));
        assertTrue(failure.getMessage().contains("axe label"), failure.getMessage());
    }

    @Test
    void onAPhoneAPageWiderThanTheScreenFails() {
        JourneyPage tab = open(Screen.PHONE);
        tab.page().route("**/wide", route -> route.fulfill(new Route.FulfillOptions().setContentType("text/html")
                .setBody("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
                        + " content=\"width=device-width, initial-scale=1\"><title>Wide</title></head><body><main>"
                        + "<h1>Wide</h1><p style=\"width:900px\">Too wide</p></main></body></html>")));
        tab.go("/wide");
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> tab.check("checks-wide"));
        assertTrue(failure.getMessage().contains("scrolls sideways"), failure.getMessage());
    }

    @Test
    void aPageWhoseInlineScriptTheSecurityPolicyBlocksFails() {
        JourneyPage tab = open(Screen.DESKTOP);
        // Served with the app's own policy, as every page of the app is.
        tab.page().route("**/inline", route -> route.fulfill(new Route.FulfillOptions()
                .setContentType("text/html; charset=utf-8")
                .setHeaders(Map.of("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY))
                .setBody("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Inline</title>"
                        + "<link rel=\"stylesheet\" href=\"/css/app.css\"></head><body><main><h1>Inline</h1>"
                        + "<p id=\"out\">Waiting</p><script>document.getElementById('out').textContent = 'ran';"
                        + "</script></main></body></html>")));
        tab.go("/inline");
        assertEquals("Waiting", tab.page().textContent("#out"), "the policy did not block the inline script");
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> tab.check("checks-inline"));
        assertTrue(failure.getMessage().contains("CSP violation"), failure.getMessage());
        assertTrue(failure.getMessage().contains("script-src 'self'"), failure.getMessage());
    }

    private void badPage(Screen screen) {
        JourneyPage tab = open(screen);
        tab.page().route("**/bad", route -> route.fulfill(
                new Route.FulfillOptions().setContentType("text/html; charset=utf-8").setBody(BAD_PAGE)));
        tab.go("/bad").check("checks-bad");
    }
}
