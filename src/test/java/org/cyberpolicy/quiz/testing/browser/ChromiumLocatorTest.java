package org.cyberpolicy.quiz.testing.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Without a browser the browser tests are skipped, never passed, and on CI (required) they fail. */
class ChromiumLocatorTest {

    @Test
    void aBrowserFoundIsUsed() {
        assertEquals(Path.of("/opt/chromium"), ChromiumLocator.requireOrSkip(Optional.of(Path.of("/opt/chromium")), true));
    }

    @Test
    void noBrowserSkipsTheTests() {
        assertThrows(TestAbortedException.class, () -> ChromiumLocator.requireOrSkip(Optional.empty(), false));
    }

    @Test
    void noBrowserFailsTheTestsWhenTheyAreRequired() {
        assertThrows(AssertionFailedError.class, () -> ChromiumLocator.requireOrSkip(Optional.empty(), true));
    }
}
