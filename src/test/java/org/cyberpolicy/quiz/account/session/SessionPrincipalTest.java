package org.cyberpolicy.quiz.account.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The principal a session cookie carries: the username and the session, apart again. */
class SessionPrincipalTest {

    @Test
    void aNameAndASessionMakeAPrincipalThatParsesBack() {
        SessionPrincipal principal = new SessionPrincipal("alice.b", "Ab_-9");

        assertEquals("alice.b|Ab_-9", principal.name());
        assertEquals(Optional.of(principal), SessionPrincipal.parse(principal.name()));
    }

    @Test
    void aNameWithoutASessionIsNoSessionPrincipal() {
        assertEquals(Optional.empty(), SessionPrincipal.parse("alice"));
        assertEquals(Optional.empty(), SessionPrincipal.parse("alice|"));
        assertEquals(Optional.empty(), SessionPrincipal.parse("|abc"));
        assertEquals("alice", SessionPrincipal.usernameOf("alice"));
        assertEquals("alice", SessionPrincipal.usernameOf("alice|abc"));
    }
}
