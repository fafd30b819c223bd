package org.cyberpolicy.quiz.testing.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Nu checker used by the browser tests finds real errors, so that a page passing it means something. */
class HtmlCheckerTest {

    private static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>T</title>"
            + "</head><body>%s</body></html>";

    private final HtmlChecker checker = new HtmlChecker();

    @Test
    void aValidPageHasNoErrors() {
        HtmlChecker.Verdict verdict = checker.check(PAGE.formatted("<main><h1>Hello</h1><p id=\"a\">Text</p></main>"));
        assertEquals(java.util.List.of(), verdict.errors());
    }

    @Test
    void duplicateIdsStrayEndTagsAndBlocksInsideSpansAreErrors() {
        HtmlChecker.Verdict verdict = checker.check(
                PAGE.formatted("<p id=\"a\">One</p><p id=\"a\">Two</p></div><span><div>x</div></span>"));
        String all = String.join("\n", verdict.errors());
        assertTrue(all.contains("Duplicate ID"), all);
        assertTrue(all.contains("Stray end tag"), all);
        assertTrue(all.contains("not allowed as child of element “span”"), all);
    }
}
