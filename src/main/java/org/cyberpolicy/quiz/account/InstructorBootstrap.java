package org.cyberpolicy.quiz.account;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Makes sure a fresh installation can be administered: at start-up, when no instructor account exists, it creates
 * one. Once any instructor exists it does nothing, so a restart never resets a password.
 */
@ApplicationScoped
public class InstructorBootstrap {

    public enum Outcome {
        INSTRUCTOR_EXISTS, CREATED_WITH_CONFIGURED_PASSWORD, CREATED_WITH_GENERATED_PASSWORD
    }

    static final String DISPLAY_NAME = "Instructor";
    static final int GENERATED_PASSWORD_LENGTH = 20;
    /** Letters and digits without the look-alikes 0/O, 1/l/I: about 5.8 bits a character, 116 bits in all. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final Logger LOG = Logger.getLogger(InstructorBootstrap.class);

    private final InstructorConfig config;
    private final SecureRandom random = new SecureRandom();

    InstructorBootstrap(InstructorConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        try {
            ensureInstructor(config.username(), config.password());
        } catch (RuntimeException e) {
            if (!AccountService.isUniqueViolation(e)) {
                throw e;
            }
            // Several instances started at once on one fresh database: another one created the account between our
            // look and our insert. Looking again finds it (or explains why the username cannot be used).
            LOG.info("Another instance created the first instructor at the same moment; checking again");
            ensureInstructor(config.username(), config.password());
        }
    }

    /**
     * Creates the first instructor unless an instructor exists.
     *
     * @throws IllegalStateException when the account cannot be created as configured; start-up then fails, since
     *         an installation nobody can administer should not look as if it worked
     */
    @Transactional
    Outcome ensureInstructor(String configuredUsername, Optional<String> configuredPassword) {
        if (Account.anyWithRole(Account.INSTRUCTOR)) {
            configuredPassword.ifPresent(ignored -> LOG.info("An instructor account exists, so quiz.instructor.password"
                    + " (QUIZ_INSTRUCTOR_PASSWORD) is not used; it only sets the first instructor's password"));
            return Outcome.INSTRUCTOR_EXISTS;
        }
        String username = Registration.normalizeUsername(configuredUsername);
        List<RegistrationProblem> usernameProblems = AccountService.usernameProblems(username);
        if (!usernameProblems.isEmpty()) {
            throw new IllegalStateException("quiz.instructor.username '" + configuredUsername + "' cannot be used: "
                    + join(usernameProblems));
        }
        Optional<Account> existing = Account.findByUsername(username);
        if (existing.isPresent()) {
            // Promoting silently would hand instructor rights to whoever registered that name first.
            throw new IllegalStateException("No instructor account exists, and the username '" + username
                    + "' (quiz.instructor.username) belongs to a student account, which is not promoted to instructor."
                    + " Set QUIZ_INSTRUCTOR_USERNAME to a username nobody uses, and start again.");
        }
        if (configuredPassword.isPresent()) {
            List<RegistrationProblem> passwordProblems = AccountService.passwordProblems(username,
                    configuredPassword.get());
            if (!passwordProblems.isEmpty()) {
                throw new IllegalStateException("quiz.instructor.password (QUIZ_INSTRUCTOR_PASSWORD) cannot be used: "
                        + join(passwordProblems));
            }
            Account.create(username, configuredPassword.get(), Account.INSTRUCTOR, DISPLAY_NAME, null);
            LOG.infof("Created the first instructor account '%s' with the password from quiz.instructor.password",
                    username);
            return Outcome.CREATED_WITH_CONFIGURED_PASSWORD;
        }
        String password = generatePassword();
        Account.create(username, password, Account.INSTRUCTOR, DISPLAY_NAME, null);
        // The only time a password is ever logged: nobody could sign in otherwise.
        LOG.warn("No instructor account existed, so '" + username + "' was created with this generated password: "
                + password + " . It is shown only this once: sign in and keep it safe. To choose the first"
                + " instructor's password instead, set QUIZ_INSTRUCTOR_PASSWORD before the first start.");
        return Outcome.CREATED_WITH_GENERATED_PASSWORD;
    }

    private String generatePassword() {
        StringBuilder password = new StringBuilder(GENERATED_PASSWORD_LENGTH);
        for (int i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static String join(List<RegistrationProblem> problems) {
        return problems.stream().map(RegistrationProblem::message).collect(Collectors.joining("; "));
    }
}
