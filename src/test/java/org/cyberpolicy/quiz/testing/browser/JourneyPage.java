package org.cyberpolicy.quiz.testing.browser;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/**
 * One browser tab of a journey: the Playwright {@link Page} to act with, and {@link #check(String)} to put the page
 * in view through every check. It remembers the HTML the server last sent for the tab, which is what Nu checks.
 */
public final class JourneyPage {

    private final Page page;
    private final Screen screen;
    private final PageChecks checks;
    private Response document;
    private final List<String> policyViolations = new ArrayList<>();

    JourneyPage(Page page, Screen screen, PageChecks checks) {
        this.page = page;
        this.screen = screen;
        this.checks = checks;
        // Chromium reports what the Content-Security-Policy blocked (an inline script or style, a foreign source) on
        // the console, as an error starting "Refused to ...".
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
                synchronized (policyViolations) {
                    policyViolations.add(message.text() + " (" + page.url() + ")");
                }
            }
        });
        page.onResponse(response -> {
            if (response.frame() == page.mainFrame() && response.request().isNavigationRequest()
                    && (response.status() < 300 || response.status() >= 400)) {
                document = response;
            }
        });
    }

    public Page page() {
        return page;
    }

    public Screen screen() {
        return screen;
    }

    /** Opens a path of the app. */
    public JourneyPage go(String path) {
        page.navigate(path);
        return this;
    }

    /**
     * Runs axe, Nu (and on a phone the width check) on the page now in view, fails on any Content-Security-Policy
     * violation reported in the tab since the last check, and saves a screenshot as name.
     */
    public JourneyPage check(String name) {
        checks.verify(this, name);
        return this;
    }

    /** The policy violations Chromium reported in this tab since the last call. */
    List<String> takePolicyViolations() {
        synchronized (policyViolations) {
            List<String> taken = List.copyOf(policyViolations);
            policyViolations.clear();
            return taken;
        }
    }

    String documentSource() {
        if (document == null) {
            throw new IllegalStateException("no HTML document has been loaded in this tab yet");
        }
        // A link to a place in a page (#fact-…) shows the document of the address without its fragment.
        if (!document.url().equals(page.url().replaceFirst("#.*$", ""))) {
            throw new IllegalStateException("the page in view (" + page.url() + ") is not the last document loaded ("
                    + document.url() + ")");
        }
        return document.text();
    }
}
