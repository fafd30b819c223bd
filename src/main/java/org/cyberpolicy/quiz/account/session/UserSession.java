package org.cyberpolicy.quiz.account.session;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One browser session of an account, from a form sign-in until it ends. The session cookie carries its id (see
 * {@link SessionPrincipal}); ending the row ends the session on every instance that shares the database, whatever
 * copy of the cookie is still around.
 */
@Entity
@Table(name = "user_session")
public class UserSession extends PanacheEntityBase {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** 128 random bits, base64url: the cookie's proof of which session it is, never guessable from another. */
    @Id
    public String id;

    @Column(name = "account_id", nullable = false)
    public long accountId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    /** A new session of the account, stored. */
    public static UserSession start(long accountId, Instant now) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        UserSession session = new UserSession();
        session.id = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        session.accountId = accountId;
        session.createdAt = now;
        session.persist();
        return session;
    }

    /** Ends one session; an unknown or ended one stays as it is. */
    public static void end(String id, Instant now) {
        update("endedAt = ?1 where id = ?2 and endedAt is null", now, id);
    }

    /** Ends every session of the account but {@code keep} (none: pass null); returns how many ended. */
    public static int endAllOf(long accountId, String keep, Instant now) {
        return keep == null ? update("endedAt = ?1 where accountId = ?2 and endedAt is null", now, accountId)
                : update("endedAt = ?1 where accountId = ?2 and endedAt is null and id <> ?3", now, accountId, keep);
    }

    /** Forgets sessions that ended before {@code endedBefore} or began before {@code startedBefore}. */
    public static long forget(Instant endedBefore, Instant startedBefore) {
        return delete("endedAt < ?1 or createdAt < ?2", endedBefore, startedBefore);
    }
}
