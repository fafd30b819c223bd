package org.cyberpolicy.quiz.account.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;

/** What a session cookie's principal turns back into, and when it turns into nobody. */
@QuarkusTest
class SessionIdentitiesTest {

    @Inject
    SessionIdentities identities;

    private static SessionPrincipal sessionOf(String username, Instant startedAt) {
        return QuarkusTransaction.requiringNew().call(() -> new SessionPrincipal(username,
                UserSession.start(Account.findByUsername(username).orElseThrow().id, startedAt).id));
    }

    @Test
    void aStudentsIdentityCarriesTheAccountIdNameDisplayNameRoleAndSession() {
        String username = TestAccounts.student();
        long id = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElseThrow().id);
        SessionPrincipal session = sessionOf(username, Instant.now());

        SecurityIdentity identity = identities.identityOf(session).orElseThrow();

        assertEquals(session.name(), identity.getPrincipal().getName(), "the principal keeps the session");
        assertEquals(username, SessionIdentities.usernameOf(identity));
        assertEquals(Set.of(Account.STUDENT), identity.getRoles());
        assertEquals(id, (Long) identity.getAttribute(SessionIdentities.ACCOUNT_ID));
        assertEquals(session.sessionId(), identity.getAttribute(SessionIdentities.SESSION_ID));
        assertEquals("Student " + username, identity.getAttribute(SessionIdentities.DISPLAY_NAME));
    }

    @Test
    void aRoleChangedSinceSignInCountsAsItIsNow() {
        String username = TestAccounts.student();
        SessionPrincipal session = sessionOf(username, Instant.now());
        QuarkusTransaction.requiringNew().run(() -> Account.findByUsername(username).orElseThrow().role =
                Account.INSTRUCTOR);

        assertEquals(Set.of(Account.INSTRUCTOR), identities.identityOf(session).orElseThrow().getRoles());
    }

    @Test
    void anEndedSessionSignsNobodyIn() {
        String username = TestAccounts.student();
        SessionPrincipal session = sessionOf(username, Instant.now());
        QuarkusTransaction.requiringNew().run(() -> UserSession.end(session.sessionId(), Instant.now()));

        assertTrue(identities.identityOf(session).isEmpty());
    }

    @Test
    void aSessionOlderThanItsLongestLifeSignsNobodyIn() {
        String username = TestAccounts.student();
        SessionPrincipal old = sessionOf(username, Instant.now().minus(Duration.ofDays(15)));

        assertTrue(identities.identityOf(old).isEmpty());
    }

    @Test
    void aSessionOfAnotherAccountDoesNotSignThisOneIn() {
        SessionPrincipal hers = sessionOf(TestAccounts.student(), Instant.now());
        String mine = TestAccounts.student();

        assertTrue(identities.identityOf(new SessionPrincipal(mine, hers.sessionId())).isEmpty());
    }

    @Test
    void anUnknownSessionSignsNobodyIn() {
        assertTrue(identities.identityOf(new SessionPrincipal(TestAccounts.student(), "no-such-session")).isEmpty());
    }
}
