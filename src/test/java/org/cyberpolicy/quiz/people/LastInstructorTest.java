package org.cyberpolicy.quiz.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The app always keeps an active instructor: the last one can neither be given another role nor be deactivated, while
 * an instructor with a colleague can. The other instructors are made inactive inside a transaction that is rolled back,
 * so that the rest of the suite's instructors are untouched.
 */
@QuarkusTest
@Tag("database")
class LastInstructorTest {

    @Inject
    Staff staff;

    @Test
    void theLastActiveInstructorKeepsTheRoleAndStaysActive() {
        String last = TestAccounts.instructor();
        QuarkusTransaction.begin();
        try {
            Account.update("active = false where role = ?1 and username <> ?2", Account.INSTRUCTOR, last);

            Refusal demoted = assertThrows(Refusal.class, () -> staff.changeRole(last, Account.ASSISTANT));
            Refusal deactivated = assertThrows(Refusal.class, () -> staff.setActive(last, false));

            assertEquals(Refusal.Reason.CONFLICT, demoted.reason());
            assertTrue(demoted.getMessage().contains("last active instructor"), demoted.getMessage());
            assertEquals(Refusal.Reason.CONFLICT, deactivated.reason());
            assertTrue(deactivated.getMessage().contains("last active instructor"), deactivated.getMessage());
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    @Test
    void anInstructorWithAnActiveColleagueCanStepDown() {
        String stepsDown = TestAccounts.instructor();
        String stays = TestAccounts.instructor();
        QuarkusTransaction.begin();
        try {
            Account.update("active = false where role = ?1 and username not in (?2, ?3)", Account.INSTRUCTOR,
                    stepsDown, stays);

            assertEquals(Account.ASSISTANT, staff.changeRole(stepsDown, Account.ASSISTANT).role());
        } finally {
            QuarkusTransaction.rollback();
        }
    }
}
