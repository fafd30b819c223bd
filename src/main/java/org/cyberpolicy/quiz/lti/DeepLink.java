package org.cyberpolicy.quiz.lti;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A deep linking request waiting for its instructor's pick: its random id is the picker's only credential (no session
 * is begun); it records the account that asked, is used once, and is forgotten after it expires. Its return address is
 * never logged (Moodle's carries the session key).
 */
@Entity
@Table(name = "lti_deep_link")
public class DeepLink extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "account_id", nullable = false)
    public long accountId;

    @Column(nullable = false)
    public String issuer;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "deployment_id", nullable = false)
    public String deploymentId;

    @Column(name = "return_url", nullable = false)
    public String returnUrl;

    public String data;

    @Column(name = "accept_line_item", nullable = false)
    public boolean acceptLineItem;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    static long forgetExpired(Instant now) {
        return delete("expiresAt < ?1", now);
    }

    /** The account's requests still waiting, newest first. */
    static List<DeepLink> waitingFor(long accountId) {
        return list("accountId = ?1 order by createdAt desc, id", accountId);
    }

    /** The request {@code id}, if it has not expired. */
    static Optional<DeepLink> findWaiting(String id, Instant now) {
        return DeepLink.<DeepLink>find("id = ?1 and expiresAt >= ?2", id, now).firstResultOptional();
    }

    /** Deletes the request: true for one caller only, however many race. */
    static boolean take(String id) {
        return delete("id", id) == 1;
    }
}
