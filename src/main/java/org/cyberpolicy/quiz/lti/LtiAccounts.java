package org.cyberpolicy.quiz.lti;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.account.session.UserSession;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * The account of a platform's user: found by the launch's issuer and subject, made at the first launch. Its username
 * is generated ({@code lti-} and ten random letters and digits), never taken from a name the platform sends; its
 * display name is the token's name, renewed at each launch, and so is its role (the LMS says what the user is now).
 * It has no password anyone knows: a random one, hashed, so that the account signs in through its platform only.
 */
@ApplicationScoped
public class LtiAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyz23456789";

    /** Who signed in and the session begun for them. */
    public record SignedIn(long accountId, String username, String sessionId, boolean created) {
    }

    /**
     * A password hash no one knows the password of: bcrypt of 256 random bits, forgotten at once. bcrypt's lowest cost
     * is enough, since nobody can guess 256 random bits whatever the cost, and a class launching for the first time
     * together then costs no CPU worth speaking of.
     */
    public String unusablePasswordHash() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return BcryptUtil.bcryptHash(Base64.getEncoder().encodeToString(secret), 4);
    }

    /**
     * In the caller's transaction: finds or makes the account, updates its name and role, records the course, and
     * starts a browser session.
     */
    SignedIn signIn(LaunchClaims launch, String passwordHash, Instant now) {
        LtiUser link = LtiUser.findByIssuerAndSubject(launch.issuer(), launch.subject()).orElse(null);
        Account account;
        boolean created = false;
        if (link == null) {
            account = Account.createHashed(freeUsername(), passwordHash, launch.appRole(), launch.displayName(),
                    null);
            Account.flush();
            link = new LtiUser();
            link.issuer = launch.issuer();
            link.subject = launch.subject();
            link.accountId = account.id;
            link.createdAt = now;
            link.persist();
            created = true;
        } else {
            account = Account.findById(link.accountId);
            account.displayName = launch.displayName();
            account.role = launch.appRole();
        }
        if (launch.contextId().isPresent()) {
            LtiMembership.launched(link.id, launch.contextId().get(), launch.contextTitle().orElse(null),
                    launch.deploymentId(), launch.appRole(), now);
        }
        UserSession session = UserSession.start(account.id, now);
        return new SignedIn(account.id, account.username, session.id, created);
    }

    private static String freeUsername() {
        for (int tries = 0; tries < 20; tries++) {
            StringBuilder name = new StringBuilder("lti-");
            for (int i = 0; i < 10; i++) {
                name.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
            }
            String username = name.toString().toLowerCase(Locale.ROOT);
            if (Account.findByUsername(username).isEmpty()) {
                return username;
            }
        }
        throw new IllegalStateException("no free username found for an LTI account");
    }
}
