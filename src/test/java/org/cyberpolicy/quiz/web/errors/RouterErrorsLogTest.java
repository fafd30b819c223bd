package org.cyberpolicy.quiz.web.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A failure's log line names its path, but never a one-time link's token. */
class RouterErrorsLogTest {

    @Test
    void theTokenOfAOneTimeLinkIsLeftOutOfTheLog() {
        assertEquals("/link/\u2026", RouterErrors.logged("/link/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"));
        assertEquals("/attempts/12", RouterErrors.logged("/attempts/12"));
    }
}
