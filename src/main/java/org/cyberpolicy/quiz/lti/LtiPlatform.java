package org.cyberpolicy.quiz.lti;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A platform an instructor registered (platforms from the file are not stored: {@link Platforms}). */
@Entity
@Table(name = "lti_platform")
public class LtiPlatform extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String issuer;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "auth_login_url", nullable = false)
    public String authLoginUrl;

    @Column(name = "token_url", nullable = false)
    public String tokenUrl;

    @Column(name = "jwks_url", nullable = false)
    public String jwksUrl;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lti_deployment", joinColumns = @JoinColumn(name = "platform_id"))
    @Column(name = "deployment_id", nullable = false)
    @OrderBy
    public List<String> deploymentIds = new ArrayList<>();

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    static LtiPlatform create(PlatformSpec spec, String createdBy, Instant now) {
        LtiPlatform platform = new LtiPlatform();
        platform.issuer = spec.issuer();
        platform.clientId = spec.clientId();
        platform.deploymentIds = new ArrayList<>(spec.deploymentIds());
        platform.authLoginUrl = spec.authLoginUrl();
        platform.tokenUrl = spec.tokenUrl();
        platform.jwksUrl = spec.jwksUrl();
        platform.createdBy = createdBy;
        platform.createdAt = now;
        platform.persist();
        return platform;
    }

    static List<LtiPlatform> listInOrder() {
        return list("order by issuer, clientId");
    }

    static Optional<LtiPlatform> findByIssuerAndClient(String issuer, String clientId) {
        return find("issuer = ?1 and clientId = ?2", issuer, clientId).firstResultOptional();
    }

    Platform toPlatform() {
        return new Platform(id, Platform.Source.REGISTERED, new PlatformSpec(issuer, clientId, List.copyOf(
                deploymentIds), authLoginUrl, tokenUrl, jwksUrl), createdBy, createdAt);
    }
}
