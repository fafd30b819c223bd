package org.cyberpolicy.quiz.lti;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The tool's key pair as stored: one row, made once. No toString: the private key must never reach a log. */
@Entity
@Table(name = "lti_tool_key")
public class ToolKeyRow extends PanacheEntityBase {

    static final int SLOT = 1;

    @Id
    public int slot;

    @Column(nullable = false)
    public String kid;

    @Column(name = "private_key", nullable = false)
    public String privateKey;

    @Column(name = "public_key", nullable = false)
    public String publicKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
