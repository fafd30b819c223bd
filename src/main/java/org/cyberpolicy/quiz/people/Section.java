package org.cyberpolicy.quiz.people;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A class group (docs/people.md): its id is a short slug ({@code ?section=} names it), its name is what people read,
 * and its join code, when set, lets a self-registering student join it. Members and assistants are rows of
 * {@code section_member} and {@code section_assistant}, read and written by {@link Sections}.
 */
@Entity
@Table(name = "section")
public class Section extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    /** Stored in upper case; compared ignoring case. */
    @Column(name = "join_code")
    public String joinCode;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<Section> allByName() {
        return list("order by name, id");
    }

    public static Optional<Section> byId(String id) {
        return findByIdOptional(id);
    }

    public static Optional<Section> byName(String name) {
        return find("lower(name) = lower(?1)", name).firstResultOptional();
    }

    public static Optional<Section> byJoinCode(String code) {
        return find("joinCode = ?1", code.strip().toUpperCase(java.util.Locale.ROOT)).firstResultOptional();
    }
}
