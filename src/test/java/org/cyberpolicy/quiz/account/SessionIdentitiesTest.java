package org.cyberpolicy.quiz.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;

/** A session cookie's name becomes an identity with the account's roles as they are now, and its id. */
@QuarkusTest
class SessionIdentitiesTest {

    @Inject
    SessionIdentities identities;

    @Test
    void aStudentsIdentityCarriesTheAccountIdDisplayNameAndRole() {
        String username = TestAccounts.student();
        long id = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElseThrow().id);

        SecurityIdentity identity = identities.identityOf(username).orElseThrow();

        assertEquals(username, identity.getPrincipal().getName());
        assertEquals(Set.of(Account.STUDENT), identity.getRoles());
        assertEquals(id, (Long) identity.getAttribute(SessionIdentities.ACCOUNT_ID));
        assertEquals("Student " + username, identity.getAttribute(SessionIdentities.DISPLAY_NAME));
    }

    @Test
    void aRoleChangedSinceSignInCountsAsItIsNow() {
        String username = TestAccounts.student();
        QuarkusTransaction.requiringNew().run(() -> Account.findByUsername(username).orElseThrow().role =
                Account.INSTRUCTOR);

        assertEquals(Set.of(Account.INSTRUCTOR), identities.identityOf(username).orElseThrow().getRoles());
    }

    @Test
    void aNameWithoutAccountHasNoIdentity() {
        assertTrue(identities.identityOf("nobody-" + System.nanoTime()).isEmpty());
    }
}
