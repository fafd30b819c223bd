package org.cyberpolicy.quiz.people;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.account.Registration;
import org.cyberpolicy.quiz.attempt.Attempt;
import org.cyberpolicy.quiz.web.CallerAccount;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Which students the staff member asking may see and act for, and which a {@code ?section=} narrows the view to. An
 * instructor sees the whole school, or one section when they ask for it. An assistant sees only the students of their
 * sections: without {@code ?section=} all of their sections at once, with it one of theirs; another section is refused
 * (403), and so is a student outside their sections.
 */
@RequestScoped
public class SectionScope {

    /** Who is seen: everyone, or the students of the given sections (possibly none). */
    public record Students(Optional<List<String>> sections, Optional<Set<Long>> accounts) {

        static final Students EVERYONE = new Students(Optional.empty(), Optional.empty());

        public boolean everyone() {
            return sections.isEmpty();
        }

        public boolean includes(long accountId) {
            return accounts.map(ids -> ids.contains(accountId)).orElse(true);
        }
    }

    private final SecurityIdentity identity;
    private final CallerAccount caller;
    private final Sections sections;

    SectionScope(SecurityIdentity identity, CallerAccount caller, Sections sections) {
        this.identity = identity;
        this.caller = caller;
        this.sections = sections;
    }

    public boolean assistant() {
        return identity.hasRole(Account.ASSISTANT) && !identity.hasRole(Account.INSTRUCTOR);
    }

    /**
     * The students a view covers, from its {@code ?section=} (null or blank: no choice made).
     *
     * @throws Refusal 404 for an unknown section, 403 for an assistant's choice of a section not theirs
     */
    public Students of(String section) {
        Optional<String> chosen = section == null || section.isBlank() ? Optional.empty()
                : Optional.of(section.strip());
        chosen.ifPresent(id -> {
            if (!sections.exists(id)) {
                throw Sections.unknown(id);
            }
        });
        if (!assistant()) {
            return chosen.map(id -> new Students(Optional.of(List.of(id)), Optional.of(sections.members(List.of(id)))))
                    .orElse(Students.EVERYONE);
        }
        List<String> own = sections.ofAssistant(caller.id());
        if (chosen.isPresent() && !own.contains(chosen.get())) {
            throw Refusal.forbidden("You are not an assistant of the section '" + chosen.get() + "'.");
        }
        List<String> seen = chosen.map(List::of).orElse(own);
        return new Students(Optional.of(seen), Optional.of(sections.members(seen)));
    }

    /**
     * Refuses (403) an assistant who acts on a student outside their sections; an instructor may act on anyone.
     */
    public void requireStudent(long accountId) {
        if (assistant() && !of(null).includes(accountId)) {
            throw Refusal.forbidden("This student is not in any of your sections.");
        }
    }

    /** {@link #requireStudent} for the account of a username (an unknown one is refused alike, its absence unsaid). */
    public void requireStudentNamed(String username) {
        if (assistant()) {
            requireStudent(QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(
                    Registration.normalizeUsername(username)).map(a -> a.id).orElse(-1L)));
        }
    }

    /** {@link #requireStudent} for the student whose attempt this is (an unknown attempt is refused alike). */
    public void requireAttemptOf(long attemptId) {
        if (assistant()) {
            requireStudent(QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>findByIdOptional(attemptId)
                    .map(a -> a.account.id).orElse(-1L)));
        }
    }
}
