package org.cyberpolicy.quiz.testing.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the system's Chromium: {@code CHROMIUM_PATH}, then the usual Debian and Chrome locations. No browser is ever
 * downloaded. Without one, the browser tests are skipped loudly, or fail when {@code QUIZ_BROWSER_TESTS=required}
 * (as {@code .ci/run} sets it), so that CI can never pass without having run them.
 */
public final class ChromiumLocator {

    static final String PATH_VARIABLE = "CHROMIUM_PATH";
    static final String REQUIRED_VARIABLE = "QUIZ_BROWSER_TESTS";
    private static final List<String> USUAL_PLACES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");

    private ChromiumLocator() {
    }

    /** The first executable among {@code CHROMIUM_PATH} and the usual places. */
    public static Optional<Path> find() {
        List<String> candidates = new ArrayList<>();
        String configured = System.getenv(PATH_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured.trim());
        }
        candidates.addAll(USUAL_PLACES);
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** The browser to drive; with none, aborts the test class (skip) or fails it when browser tests are required. */
    public static Path requireOrSkip() {
        return requireOrSkip(find(), "required".equalsIgnoreCase(System.getenv(REQUIRED_VARIABLE)));
    }

    static Path requireOrSkip(Optional<Path> found, boolean required) {
        if (found.isPresent()) {
            return found.get();
        }
        String message = "NO CHROMIUM FOUND: looked at $" + PATH_VARIABLE + " and " + USUAL_PLACES + ". "
                + (required ? "Browser tests are required here (" + REQUIRED_VARIABLE + "=required): FAILING."
                        : "The browser tests are SKIPPED, not passed. Install chromium (apt-get install chromium) "
                                + "or set " + PATH_VARIABLE + ".");
        String bar = "#".repeat(100);
        System.err.println("\n" + bar + "\n# " + message + "\n" + bar + "\n");
        if (required) {
            Assertions.fail(message);
        }
        Assumptions.abort(message);
        throw new IllegalStateException("unreachable");
    }
}
