package org.cyberpolicy.quiz.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.account.PasswordChanges;
import org.cyberpolicy.quiz.account.session.Sessions;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * One-time links (docs/people.md, "Links"): a roster's welcome link for a new account, and a password reset issued by
 * staff. The token is 256 random bits in the link; only its SHA-256 is stored, so a copy of the database signs nobody
 * in. A link works once, until {@code quiz.people.link-lifetime} after it was issued; a newer link of the same account
 * voids the older ones. Using it sets the account's password and ends every session of the account. Tokens are never
 * logged.
 */
@ApplicationScoped
public class Links {

    /** A link just issued: the token appears here once and nowhere else. */
    public record Issued(long accountId, String username, String displayName, String token, Instant expiresAt) {

        public String path() {
            return "/link/" + token;
        }
    }

    /** Whom a valid link is for, shown on its page before the password is set. */
    public record Holder(long accountId, String username, String displayName, String purpose) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String NOT_VALID = "This link does not work: it is wrong, it was used already, or it has"
            + " expired. Ask your instructor for a new one.";

    private final PeopleConfig config;
    private final Sessions sessions;

    Links(PeopleConfig config, Sessions sessions) {
        this.config = config;
        this.sessions = sessions;
    }

    /** Issues a link for an account, voiding its unused ones; joins the caller's transaction. */
    @Transactional
    public Issued issue(Account account, String purpose, String issuedBy, Instant now) {
        OneTimeLink.voidUnused(account.id, now);
        return issueFresh(account, purpose, issuedBy, now);
    }

    /** Issues a link for an account known to have none (a new one); joins the caller's transaction. */
    Issued issueFresh(Account account, String purpose, String issuedBy, Instant now) {
        String token = newToken();
        OneTimeLink link = new OneTimeLink();
        link.tokenHash = hash(token);
        link.accountId = account.id;
        link.purpose = purpose;
        link.issuedBy = issuedBy;
        link.createdAt = now;
        link.expiresAt = now.plus(config.linkLifetime());
        link.persist();
        return new Issued(account.id, account.username, account.displayName, token, link.expiresAt);
    }

    /** Whom the token is for, if its link still works. */
    @Transactional
    public Optional<Holder> holder(String token) {
        return valid(token, Instant.now()).flatMap(link -> Account.<Account>findByIdOptional(link.accountId)
                .filter(a -> a.active)
                .map(a -> new Holder(a.id, a.username, a.displayName, link.purpose)));
    }

    /**
     * Uses the link: the new password (checked by the rules of registration) replaces the old, the link is spent, and
     * every session of the account ends.
     *
     * @return the account's username, to sign in with
     * @throws Refusal 404 for a link that does not work, 400 listing what is wrong with the password
     */
    public String use(String token, String password) {
        Holder holder = QuarkusTransaction.requiringNew().call(() -> holder(token))
                .orElseThrow(() -> Refusal.notFound(NOT_VALID));
        String next = password == null ? "" : password;
        List<String> problems = PasswordChanges.problemsOfNew(holder.username(), holder.displayName(), next);
        if (!problems.isEmpty()) {
            throw Refusal.invalid("The password was not set.", problems);
        }
        String passwordHash = Account.hash(next);
        QuarkusTransaction.requiringNew().run(() -> {
            Instant now = Instant.now();
            // Spent in the same transaction as the password changes: of two uses at once, one finds it spent.
            int spent = OneTimeLink.update("usedAt = ?1 where tokenHash = ?2 and usedAt is null and expiresAt > ?1",
                    now, hash(token));
            if (spent != 1) {
                throw Refusal.notFound(NOT_VALID);
            }
            Account.<Account>findById(holder.accountId()).passwordHash = passwordHash;
            sessions.endAllOf(holder.accountId(), null);
        });
        return holder.username();
    }

    private static Optional<OneTimeLink> valid(String token, Instant now) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return OneTimeLink.byHash(hash(token)).filter(link -> link.usedAt == null && link.expiresAt.isAfter(now));
    }

    /** 256 random bits, base64url (43 characters). */
    static String newToken() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
