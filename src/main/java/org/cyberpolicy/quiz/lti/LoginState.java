package org.cyberpolicy.quiz.lti;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A login initiation waiting for its launch: used once, then deleted; forgotten after it expires. */
@Entity
@Table(name = "lti_login_state")
public class LoginState extends PanacheEntityBase {

    @Id
    public String state;

    @Column(nullable = false)
    public String nonce;

    @Column(nullable = false)
    public String issuer;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    static long forgetExpired(Instant now) {
        return delete("expiresAt < ?1", now);
    }
}
