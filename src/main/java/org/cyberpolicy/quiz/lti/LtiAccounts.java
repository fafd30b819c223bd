package org.cyberpolicy.quiz.lti;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.account.session.UserSession;
import org.cyberpolicy.quiz.people.Sections;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * The account of a platform's user: found by the launch's issuer and subject, made at the first launch. Its username
 * is generated ({@code lti-} and ten random letters and digits), never taken from a name the platform sends; its
 * display name is the token's name, renewed at each launch, and so is its role (the LMS says what the user is now).
 * It has no password anyone knows: a random one, hashed, so that the account signs in through its platform only.
 * <p>
 * The LMS course (the launch's context) becomes a section of its own, {@code lti-} and a hash of the issuer and the
 * context id, named by the course's title: a learner who launches from it is one of its students, a teaching assistant
 * one of its assistants, so that results, exports and an assistant's reach follow the LMS's classes. An account an
 * instructor deactivated is refused, as at the sign-in form.
 */
@ApplicationScoped
public class LtiAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyz23456789";

    private final Sections sections;

    LtiAccounts(Sections sections) {
        this.sections = sections;
    }

    /** Who signed in and the session begun for them ({@code sessionId} null when none was: deep linking). */
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
        SignedIn found = identify(launch, passwordHash, now);
        UserSession session = UserSession.start(found.accountId(), now);
        return new SignedIn(found.accountId(), found.username(), session.id, found.created());
    }

    /**
     * In the caller's transaction: finds or makes the account, updates its name and role, records the course, and
     * starts no session (a deep linking request: docs/security.md, "LTI launches").
     */
    SignedIn identify(LaunchClaims launch, String passwordHash, Instant now) {
        Provisioned provisioned = provision(launch.issuer(), launch.subject(), launch.appRole(),
                launch.displayName(), passwordHash, now);
        Account account = provisioned.account();
        if (!account.active) {
            throw new LaunchRefusal(LaunchProblem.DEACTIVATED, "Your account here was deactivated by an"
                    + " instructor; ask them to reactivate it.");
        }
        if (!provisioned.created()) {
            account.displayName = launch.displayName();
            account.role = launch.appRole();
            Account.flush();
        }
        if (launch.contextId().isPresent()) {
            LtiMembership.launched(provisioned.link().id, launch.contextId().get(),
                    launch.contextTitle().orElse(null), launch.deploymentId(), launch.appRole(), now);
            joinCourseSection(account, launch);
        }
        return new SignedIn(account.id, account.username, null, provisioned.created());
    }

    /** The account of a platform's user, and whether it was made just now. */
    record Provisioned(Account account, LtiUser link, boolean created) {
    }

    /**
     * In the caller's transaction: the account a roster names, made with this role and name if the platform's user
     * has none yet; a known account is returned as it is (a roster does not change roles: a signed launch does).
     */
    Provisioned provision(String issuer, String subject, String role, String displayName, Instant now) {
        return provision(issuer, subject, role, displayName, null, now);
    }

    private Provisioned provision(String issuer, String subject, String role, String displayName,
            String passwordHash, Instant now) {
        Optional<LtiUser> known = LtiUser.findByIssuerAndSubject(issuer, subject);
        if (known.isPresent()) {
            return new Provisioned(Account.findById(known.get().accountId), known.get(), false);
        }
        Account account = Account.createHashed(freeUsername(), passwordHash != null ? passwordHash
                : unusablePasswordHash(), role, displayName, null);
        Account.flush();
        LtiUser link = new LtiUser();
        link.issuer = issuer;
        link.subject = subject;
        link.accountId = account.id;
        link.createdAt = now;
        link.persist();
        return new Provisioned(account, link, true);
    }

    private void joinCourseSection(Account account, LaunchClaims launch) {
        String id = sectionId(launch.issuer(), launch.contextId().orElseThrow());
        if (!sections.exists(id)) {
            sections.create(id, sectionName(launch), null);
        }
        sections.enrol(id, account);
    }

    /** The section of an LMS course: stable across launches, and never the same for two platforms' courses. */
    static String sectionId(String issuer, String contextId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((issuer + "\n" + contextId).getBytes(StandardCharsets.UTF_8));
            return "lti-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String sectionName(LaunchClaims launch) {
        String title = launch.contextTitle().map(t -> t.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip())
                .filter(t -> !t.isEmpty()).orElse("LMS course " + launch.contextId().orElseThrow());
        return title.length() <= 100 ? title : title.substring(0, 99) + "…";
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
