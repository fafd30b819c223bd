package org.cyberpolicy.quiz.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Registering students: what is stored, and that one username never makes two accounts. */
@QuarkusTest
@Tag("database")
class AccountServiceTest {

    private static final String PASSWORD = "a long enough password";
    /** Where the registrations come from (a documentation address); the test profile sets no practical limit. */
    private static final String ADDRESS = "192.0.2.1";

    @Inject
    AccountService accounts;

    private static String uniqueName() {
        return "svc-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Account stored(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElseThrow());
    }

    @Test
    void storesThePasswordOnlyAsABcryptHash() {
        String name = uniqueName();
        accounts.register(new Registration(name, PASSWORD, "Hash Check", null), ADDRESS);

        String hash = stored(name).passwordHash;
        assertTrue(hash.matches("\\$2[aby]?\\$\\d\\d\\$.{53}"), hash);
        assertFalse(hash.contains(PASSWORD));
        assertTrue(BcryptUtil.matches(PASSWORD, hash));
    }

    @Test
    void makesNewAccountsStudents() {
        String name = uniqueName();
        accounts.register(new Registration(name, PASSWORD, "New Student", "S-1"), ADDRESS);

        Account account = stored(name);
        assertEquals(Account.STUDENT, account.role);
        assertEquals("S-1", account.studentNumber);
    }

    @Test
    void storesTheUsernameStrippedAndInLowerCaseAndTheDisplayNameStripped() {
        String name = uniqueName();
        accounts.register(new Registration("  " + name.toUpperCase() + " ", PASSWORD, "  Spaced Out  ", "  "),
                ADDRESS);

        Account account = stored(name);
        assertEquals(name, account.username);
        assertEquals("Spaced Out", account.displayName);
        assertEquals(null, account.studentNumber);
    }

    @Test
    void reportsEveryProblemAtOnceInTheOrderOfTheForm() {
        RegistrationException refused = assertThrows(RegistrationException.class,
                () -> accounts.register(new Registration("x", "x", "", "no spaces"), ADDRESS));

        assertEquals(List.of("username must be 3 to 32 characters long", "display name is required",
                "student number may contain only letters, digits and '-'",
                "password must be at least 10 characters long"),
                refused.messages());
        assertFalse(refused.usernameTakenOnly());
    }

    @Test
    void concurrentRegistrationsOfOneUsernameMakeOneAccountAndTellTheOthersItIsTaken() throws Exception {
        String name = uniqueName();
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                // Mixed case too: the race is on the normalized name.
                String asTyped = i % 2 == 0 ? name : name.toUpperCase();
                Callable<String> racer = () -> {
                    start.await();
                    try {
                        accounts.register(new Registration(asTyped, PASSWORD, "Racer", null), ADDRESS);
                        return "created";
                    } catch (RegistrationException e) {
                        return e.usernameTakenOnly() ? "taken" : "refused: " + e.messages();
                    }
                };
                outcomes.add(pool.submit(racer));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }

            assertEquals(1, results.stream().filter("created"::equals).count(), results.toString());
            assertEquals(racers - 1, results.stream().filter("taken"::equals).count(), results.toString());
            assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Account.count("username", name)));
        } finally {
            pool.shutdownNow();
        }
    }
}
