package org.cyberpolicy.quiz.testing.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.ViewportSize;

/**
 * What every page of a journey must pass: axe-core at WCAG 2.1 A and AA with no violation, the Nu HTML Checker with
 * no error (on the HTML the server sent, not the browser's reworked DOM), no Content-Security-Policy violation
 * reported by Chromium since the last check (inline script, foreign source), and on a phone no sideways scrolling. Each
 * checked page is also saved as a screenshot under {@code target/screenshots/}.
 */
public final class PageChecks {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final HtmlChecker html = new HtmlChecker();

    /** Runs every check on the page now in view and fails with everything found. */
    void verify(JourneyPage journeyPage, String name) {
        Page page = journeyPage.page();
        List<String> problems = new ArrayList<>();
        long start = System.nanoTime();
        String source = journeyPage.documentSource();
        problems.addAll(journeyPage.takePolicyViolations().stream().map(violation -> "CSP violation: " + violation)
                .collect(Collectors.toList()));
        problems.addAll(journeyPage.screen().javaScript() ? accessibilityProblems(page)
                : accessibilityProblemsWithoutJavaScript(page, source));
        long axe = System.nanoTime();
        problems.addAll(htmlProblems(source, name));
        long nu = System.nanoTime();
        if (journeyPage.screen().phone()) {
            problems.addAll(sidewaysScroll(page));
        }
        screenshot(page, name);
        System.out.printf("checked %s: axe %d ms, Nu %d ms, screenshot %d ms%n", name, (axe - start) / 1_000_000,
                (nu - axe) / 1_000_000, (System.nanoTime() - nu) / 1_000_000);
        if (!problems.isEmpty()) {
            fail("Page '" + name + "' (" + page.url() + ") has " + problems.size() + " problem(s):\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    private static List<String> accessibilityProblems(Page page) {
        // Legacy mode runs axe.run in the page itself; the default also opens a blank page per run to merge the
        // results of frames, which these pages do not have, and costs a second or more each time.
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
        if (results.isErrored()) {
            return List.of("axe-core could not run: " + results.getErrorMessage());
        }
        List<String> problems = new ArrayList<>();
        for (Rule violation : results.getViolations()) {
            for (CheckedNode node : violation.getNodes()) {
                problems.add("axe " + violation.getId() + " (" + violation.getImpact() + ") at " + node.getTarget()
                        + ": " + violation.getHelp() + " | " + node.getHtml());
            }
        }
        return problems;
    }

    /**
     * axe-core is a script, and a tab without JavaScript cannot run it. It runs instead in a second tab with
     * JavaScript, on a replica of the page: the same URL, answered with the very HTML the first tab received, the
     * same styles, and none of the page's own scripts, so it sees what a visitor without JavaScript sees.
     */
    private static List<String> accessibilityProblemsWithoutJavaScript(Page page, String source) {
        ViewportSize viewport = page.viewportSize();
        try (BrowserContext replica = page.context().browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(viewport.width, viewport.height).setJavaScriptEnabled(true))) {
            Page copy = replica.newPage();
            String url = page.url();
            copy.route(url, route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
                    .setContentType("text/html; charset=utf-8").setBody(source)));
            copy.route("**/*.js", Route::abort);
            copy.navigate(url);
            return accessibilityProblems(copy);
        }
    }

    private List<String> htmlProblems(String source, String name) {
        HtmlChecker.Verdict verdict = html.check(source);
        if (!verdict.warnings().isEmpty()) {
            System.out.println("Nu warnings on page '" + name + "':\n  " + String.join("\n  ", verdict.warnings()));
        }
        return verdict.errors().stream().map(error -> "Nu HTML error " + error).collect(Collectors.toList());
    }

    /**
     * The page's width against the phone's screen (its viewport), not {@code window.innerWidth}: a mobile browser
     * zooms out to fit a too-wide page, and then the inner width grows with it.
     */
    private static List<String> sidewaysScroll(Page page) {
        int scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        int screenWidth = page.viewportSize().width;
        return scrollWidth <= screenWidth ? List.of()
                : List.of("scrolls sideways on a phone: content is " + scrollWidth + " px wide on a " + screenWidth
                        + " px screen");
    }

    private static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
