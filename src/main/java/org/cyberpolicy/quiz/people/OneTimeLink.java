package org.cyberpolicy.quiz.people;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A one-time link as stored: the SHA-256 of its token, never the token (see {@link Links}). */
@Entity
@Table(name = "one_time_link")
public class OneTimeLink extends PanacheEntityBase {

    public static final String WELCOME = "welcome";
    public static final String RESET = "reset";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(name = "account_id", nullable = false)
    public long accountId;

    @Column(nullable = false)
    public String purpose;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    public static Optional<OneTimeLink> byHash(String hash) {
        return find("tokenHash", hash).firstResultOptional();
    }

    /** Voids the account's links not used yet: a new one replaces them. */
    public static int voidUnused(long accountId, Instant now) {
        return update("usedAt = ?1 where accountId = ?2 and usedAt is null", now, accountId);
    }
}
