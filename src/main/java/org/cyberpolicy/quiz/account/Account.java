package org.cyberpolicy.quiz.account;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;

/**
 * Someone who signs in: a student, an instructor or an assistant (docs/people.md). The password is kept only as a
 * bcrypt hash. A deactivated account ({@link #active} false) signs in no more; its records stay.
 */
@Entity
@Table(name = "account")
@UserDefinition
public class Account extends PanacheEntityBase {

    public static final String STUDENT = "student";
    public static final String INSTRUCTOR = "instructor";
    /** Staff who see results, grant accommodations and change marks for the students of their sections. */
    public static final String ASSISTANT = "assistant";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    @Column(nullable = false, unique = true)
    public String username;

    @Password
    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Roles
    @Column(nullable = false)
    public String role;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "student_number")
    public String studentNumber;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Given by a roster; kept, never written to (there is no mail server). */
    @Column(name = "email")
    public String email;

    @Column(name = "active", nullable = false)
    public boolean active = true;

    /** Whether this is staff: an instructor or an assistant. */
    public boolean isStaff() {
        return INSTRUCTOR.equals(role) || ASSISTANT.equals(role);
    }
    /** When the student asked for the account to be deleted; null without a request. */
    @Column(name = "deletion_requested_at")
    public Instant deletionRequestedAt;

    /** When an instructor confirmed the deletion; null while the account is in use. */
    @Column(name = "deleted_at")
    public Instant deletedAt;

    /** {@code DELETE_ATTEMPTS} or {@code KEEP_ANONYMISED}, once deleted. */
    @Column(name = "deletion_outcome")
    public String deletionOutcome;

    public static Account create(String username, String password, String role, String displayName,
            String studentNumber) {
        return createHashed(username, hash(password), role, displayName, studentNumber);
    }

    /** The bcrypt hash of a password: slow on purpose, so best computed before a transaction touches the database. */
    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password);
    }

    /** An account whose password was hashed with {@link #hash} beforehand. */
    public static Account createHashed(String username, String passwordHash, String role, String displayName,
            String studentNumber) {
        Account account = new Account();
        account.username = username;
        account.passwordHash = passwordHash;
        account.role = role;
        account.displayName = displayName;
        account.studentNumber = studentNumber;
        account.createdAt = Instant.now();
        account.persist();
        return account;
    }

    public static Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static boolean anyWithRole(String role) {
        return count("role", role) > 0;
    }
}
