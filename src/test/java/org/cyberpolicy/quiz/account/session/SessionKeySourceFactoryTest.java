package org.cyberpolicy.quiz.account.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.ExecutionMode;

/** The session key is served to a starting or running app, never to the build that packages it. */
class SessionKeySourceFactoryTest {

    @Test
    void theBuildIsNotServedTheKey() {
        assertFalse(SessionKeySourceFactory.servesTheKey(ExecutionMode.UNSET));
    }

    @Test
    void everyPhaseOfARunningAppIsServedTheKey() {
        for (ExecutionMode mode : new ExecutionMode[] {
                ExecutionMode.STATIC_INIT, ExecutionMode.RUNTIME_INIT, ExecutionMode.RUNNING}) {
            assertTrue(SessionKeySourceFactory.servesTheKey(mode), mode.name());
        }
    }
}
