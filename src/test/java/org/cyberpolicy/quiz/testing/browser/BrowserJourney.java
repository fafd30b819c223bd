package org.cyberpolicy.quiz.testing.browser;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import io.quarkus.test.common.http.TestHTTPResource;

/**
 * Base of the real-browser tests: a {@code @QuarkusTest} class extending it drives the system's Chromium (headless,
 * never downloaded) against the app on its random test port. One Chromium serves the whole class; each
 * {@link #open(Screen)} makes a fresh browser profile (no cookies) and a tab. Call {@link JourneyPage#check(String)}
 * on every page the journey reaches: axe-core, the Nu HTML Checker and a screenshot.
 *
 * <p>Without a Chromium the class is skipped with a loud banner, or fails when {@code QUIZ_BROWSER_TESTS=required}
 * (see {@link ChromiumLocator}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
public abstract class BrowserJourney {

    static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    @TestHTTPResource("/")
    URL base;

    private Playwright playwright;
    private Browser chromium;
    private PageChecks checks;
    private BrowserContext current;

    @BeforeAll
    void startChromium() {
        Path executable = ChromiumLocator.requireOrSkip();
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
                .setHeadless(true).setArgs(CHROMIUM_ARGS));
        checks = new PageChecks();
    }

    @AfterEach
    void closeTab() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    @AfterAll
    void stopChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }

    /** The app's address, as the tabs open it. */
    protected URL base() {
        return base;
    }

    /** A new browser profile (no cookies) and tab on the app, with the given screen; closed after the test. */
    protected JourneyPage open(Screen screen) {
        return open(screen, options -> {
        });
    }

    /** The same, with the profile's options changed first (HTTP Basic credentials the browser keeps, say). */
    protected JourneyPage open(Screen screen, Consumer<Browser.NewContextOptions> change) {
        closeTab();
        Browser.NewContextOptions options = screen.contextOptions(base.toString());
        change.accept(options);
        current = chromium.newContext(options);
        current.setDefaultTimeout(15_000);
        return new JourneyPage(current.newPage(), screen, checks);
    }
}
