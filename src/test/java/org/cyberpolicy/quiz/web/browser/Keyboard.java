package org.cyberpolicy.quiz.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Page;

/**
 * A student who uses only the keyboard: Tab to move, Space and arrows to choose, typing to write, Enter to press.
 * The page is read (to know where the focus is) but never clicked.
 */
final class Keyboard {

    private static final int MAX_TABS = 80;

    private final Page page;

    Keyboard(Page page) {
        this.page = page;
    }

    /** Presses Tab until the focused element matches the CSS selector. */
    Keyboard tabTo(String selector) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (focusedMatches(selector)) {
                return this;
            }
            page.keyboard().press("Tab");
        }
        fail("Tab never reached " + selector + "; the focus is on " + page.evaluate(
                "() => document.activeElement ? document.activeElement.outerHTML.slice(0, 200) : 'nothing'"));
        return this;
    }

    Keyboard press(String key) {
        page.keyboard().press(key);
        return this;
    }

    Keyboard type(String text) {
        page.keyboard().type(text);
        return this;
    }

    /**
     * Tabs into the radio group named {@code name} and moves with the arrow keys to the radio with that value,
     * which checks it.
     */
    Keyboard chooseRadio(String name, String value) {
        tabTo("input[type=radio][name='" + name + "']");
        int focused = radioIndex(name, "document.activeElement.value");
        int target = radioIndex(name, "'" + value + "'");
        if (focused == target) {
            press("Space");
        }
        for (int i = focused; i < target; i++) {
            press("ArrowDown");
        }
        for (int i = focused; i > target; i--) {
            press("ArrowUp");
        }
        assertEquals(Boolean.TRUE, page.evaluate("() => document.activeElement.checked && document.activeElement"
                + ".value === '" + value + "'"), "radio " + value + " of " + name + " not checked");
        return this;
    }

    /** Tabs to the check box with that value and ticks it with Space. */
    Keyboard tick(String name, String value) {
        tabTo("input[type=checkbox][name='" + name + "'][value='" + value + "']");
        return press("Space");
    }

    private int radioIndex(String name, String valueExpression) {
        Object index = page.evaluate("() => Array.from(document.querySelectorAll(\"input[type=radio][name='" + name
                + "']\")).findIndex(r => r.value === " + valueExpression + ")");
        return ((Number) index).intValue();
    }

    private boolean focusedMatches(String selector) {
        Object matches = page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)",
                selector);
        return Boolean.TRUE.equals(matches);
    }
}
