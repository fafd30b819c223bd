package org.cyberpolicy.quiz.lti;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A platform's user and the account they are here: by issuer and subject, never by a name. */
@Entity
@Table(name = "lti_user")
public class LtiUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String issuer;

    @Column(nullable = false)
    public String subject;

    @Column(name = "account_id", nullable = false)
    public long accountId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    static Optional<LtiUser> findByIssuerAndSubject(String issuer, String subject) {
        return find("issuer = ?1 and subject = ?2", issuer, subject).firstResultOptional();
    }

    public static Optional<LtiUser> findByAccount(long accountId) {
        return find("accountId", accountId).firstResultOptional();
    }
}
