package org.cyberpolicy.quiz.account;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.session.Sessions;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A signed-in user changes their own password, knowing the old one: the new one must follow the rules of
 * registration, and every other session of the account ends (someone who learnt the old password, or kept a copy of a
 * session, is signed out everywhere). The session the change is made from goes on.
 */
@ApplicationScoped
public class PasswordChanges {

    static final String NOT_CHANGED = "The password was not changed.";

    private final Sessions sessions;

    PasswordChanges(Sessions sessions) {
        this.sessions = sessions;
    }

    /**
     * What is wrong with a new password set without the old one (through a one-time link): the rules of registration,
     * the username and display name included.
     */
    public static List<String> problemsOfNew(String username, String displayName, String password) {
        List<RegistrationProblem> problems = new java.util.ArrayList<>(PasswordRules.strength(password));
        if (!password.isBlank()) {
            problems.addAll(PasswordRules.personal(password, username, displayName));
        }
        return problems.stream().map(RegistrationProblem::message).toList();
    }

    /**
     * Changes the password; bcrypt runs outside any transaction, so that no pooled connection waits on it.
     *
     * @param keepSession the session making the change, which goes on; null when there is none (HTTP Basic)
     * @return how many other sessions ended
     * @throws Refusal (invalid) listing what is wrong: the current password, or the new one's problems
     */
    public int change(long accountId, String currentPassword, String newPassword, String keepSession) {
        Account account = QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(accountId));
        if (account == null) {
            throw Refusal.notFound("There is no such account.");
        }
        if (currentPassword == null || !BcryptUtil.matches(currentPassword, account.passwordHash)) {
            throw Refusal.invalid(NOT_CHANGED, List.of("The current password is not right."));
        }
        String next = newPassword == null ? "" : newPassword;
        List<String> problems = AccountService.passwordProblems(account.username, next).stream()
                .map(RegistrationProblem::message).toList();
        if (!problems.isEmpty()) {
            throw Refusal.invalid(NOT_CHANGED, problems);
        }
        if (next.equals(currentPassword)) {
            throw Refusal.invalid(NOT_CHANGED, List.of("The new password is the same as the current one."));
        }
        String hash = Account.hash(next);
        return QuarkusTransaction.requiringNew().call(() -> {
            Account.<Account>findById(accountId).passwordHash = hash;
            return sessions.endAllOf(accountId, keepSession);
        });
    }
}
