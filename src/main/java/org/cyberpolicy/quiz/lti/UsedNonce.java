package org.cyberpolicy.quiz.lti;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The nonce of a launch accepted: a second launch with it is a replay. Kept until the token expires. */
@Entity
@Table(name = "lti_used_nonce")
public class UsedNonce extends PanacheEntityBase {

    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(nullable = false)
        public String issuer;

        @Column(nullable = false)
        public String nonce;

        public Key() {
        }

        Key(String issuer, String nonce) {
            this.issuer = issuer;
            this.nonce = nonce;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.issuer.equals(issuer) && key.nonce.equals(nonce);
        }

        @Override
        public int hashCode() {
            return Objects.hash(issuer, nonce);
        }
    }

    @EmbeddedId
    public Key id;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    static boolean isUsed(String issuer, String nonce) {
        return findById(new Key(issuer, nonce)) != null;
    }

    static void use(String issuer, String nonce, Instant expiresAt) {
        UsedNonce used = new UsedNonce();
        used.id = new Key(issuer, nonce);
        used.expiresAt = expiresAt;
        used.persist();
    }

    static long forgetExpired(Instant now) {
        return delete("expiresAt < ?1", now);
    }
}
