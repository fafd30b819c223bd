package org.cyberpolicy.quiz.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.jboss.logmanager.formatters.PatternFormatter;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The first instructor: created at start-up from {@code quiz.instructor.*} (the test profile sets the password),
 * and never touched again once an instructor exists.
 */
@QuarkusTest
@Tag("database")
class InstructorBootstrapTest {

    /** {@code %test.quiz.instructor.password} in application.properties. */
    static final String TEST_PASSWORD = "test-instructor-password";

    @Inject
    InstructorBootstrap bootstrap;

    /** Collects what the bootstrap logs, for the tests that check what it says. */
    private static final class Captured extends Handler implements AutoCloseable {
        private final Logger logger = Logger.getLogger(InstructorBootstrap.class.getName());
        final List<LogRecord> records = new ArrayList<>();

        Captured() {
            logger.addHandler(this);
        }

        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        /** The message with its parameters filled in, whatever its format style ("%s": the message alone). */
        private static final PatternFormatter MESSAGE = new PatternFormatter("%s");

        static String text(LogRecord record) {
            return MESSAGE.format(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            logger.removeHandler(this);
        }
    }

    @Test
    void theConfiguredInstructorExistsAfterStartUp() {
        Account instructor = QuarkusTransaction.requiringNew()
                .call(() -> Account.findByUsername("instructor").orElseThrow());

        assertEquals(Account.INSTRUCTOR, instructor.role);
        assertTrue(BcryptUtil.matches(TEST_PASSWORD, instructor.passwordHash));
    }

    @Test
    void theConfiguredInstructorSignsInWithTheInstructorRole() {
        given().auth().preemptive().basic("instructor", TEST_PASSWORD)
                .when().get("/api/me")
                .then().statusCode(200)
                .body("username", equalTo("instructor"))
                .body("role", equalTo("instructor"));
    }

    @Test
    void aLaterStartLeavesAnExistingInstructorAndItsPasswordAlone() {
        String before = QuarkusTransaction.requiringNew()
                .call(() -> Account.findByUsername("instructor").orElseThrow().passwordHash);

        InstructorBootstrap.Outcome outcome;
        try (Captured log = new Captured()) {
            outcome = bootstrap.ensureInstructor("instructor", Optional.of("a different password"));
            assertTrue(log.records.stream().noneMatch(r -> Captured.text(r).contains("a different password")));
        }

        assertEquals(InstructorBootstrap.Outcome.INSTRUCTOR_EXISTS, outcome);
        assertEquals(before, QuarkusTransaction.requiringNew()
                .call(() -> Account.findByUsername("instructor").orElseThrow().passwordHash));
    }

    @Test
    @TestTransaction
    void withoutAConfiguredPasswordARandomOneIsLoggedOnceAtWarnWithHowToSetIt() {
        Account.delete("role", Account.INSTRUCTOR);

        try (Captured log = new Captured()) {
            assertEquals(InstructorBootstrap.Outcome.CREATED_WITH_GENERATED_PASSWORD,
                    bootstrap.ensureInstructor("first-teacher", Optional.empty()));

            List<LogRecord> warnings = log.records.stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
                    .toList();
            assertEquals(1, warnings.size());
            String message = Captured.text(warnings.get(0));
            assertTrue(message.contains("QUIZ_INSTRUCTOR_PASSWORD"), message);
            Matcher password = Pattern.compile("generated password: (\\S+) ").matcher(message);
            assertTrue(password.find(), message);
            assertEquals(20, password.group(1).length());
            Account created = Account.findByUsername("first-teacher").orElseThrow();
            assertEquals(Account.INSTRUCTOR, created.role);
            assertTrue(BcryptUtil.matches(password.group(1), created.passwordHash));
        }
    }

    @Test
    @TestTransaction
    void aStudentHoldingTheConfiguredUsernameStopsStartUpInsteadOfBeingPromoted() {
        Account.delete("role", Account.INSTRUCTOR);
        Account.create("taken-by-student", "a student password", Account.STUDENT, "Student", null);

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> bootstrap.ensureInstructor("Taken-By-Student", Optional.of(TEST_PASSWORD)));

        assertTrue(failure.getMessage().contains("belongs to a student account"), failure.getMessage());
        assertTrue(failure.getMessage().contains("QUIZ_INSTRUCTOR_USERNAME"), failure.getMessage());
        assertEquals(Account.STUDENT, Account.findByUsername("taken-by-student").orElseThrow().role);
    }

    @Test
    @TestTransaction
    void aConfiguredPasswordThatBreaksThePasswordRulesStopsStartUp() {
        Account.delete("role", Account.INSTRUCTOR);

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> bootstrap.ensureInstructor("instructor", Optional.of("short")));

        assertTrue(failure.getMessage().contains("password must be at least 10 characters long"), failure.getMessage());
    }

    @Test
    @TestTransaction
    void aConfiguredCommonPasswordStopsStartUp() {
        Account.delete("role", Account.INSTRUCTOR);

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> bootstrap.ensureInstructor("instructor", Optional.of("Password2024!")));

        assertTrue(failure.getMessage().contains("password is too common"), failure.getMessage());
    }

    @Test
    @TestTransaction
    void aConfiguredPasswordLongerThanBcryptReadsStopsStartUp() {
        Account.delete("role", Account.INSTRUCTOR);

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> bootstrap.ensureInstructor("instructor", Optional.of("a long instructor passphrase ".repeat(3))));

        assertTrue(failure.getMessage().contains("password must be at most 72 bytes long"), failure.getMessage());
    }
}
