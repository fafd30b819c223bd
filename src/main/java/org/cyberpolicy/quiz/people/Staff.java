package org.cyberpolicy.quiz.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.account.AccountService;
import org.cyberpolicy.quiz.account.Registration;
import org.cyberpolicy.quiz.account.RegistrationProblem;
import org.cyberpolicy.quiz.account.StaffLookalikes;
import org.cyberpolicy.quiz.account.session.Sessions;

/**
 * Staff accounts (docs/people.md, "Roles"): an instructor creates instructors and assistants (each gets a one-time
 * link to set their password), changes anyone's role, and deactivates or reactivates an account. A deactivated account
 * signs in no more and its sessions end at once; its records stay. There is always at least one active instructor:
 * the last one cannot be demoted or deactivated.
 */
@ApplicationScoped
public class Staff {

    /** An account as the staff pages show it. */
    public record Person(long id, String username, String displayName, String role, boolean active,
            List<String> sections) {
    }

    static final Set<String> ROLES = Set.of(Account.STUDENT, Account.INSTRUCTOR, Account.ASSISTANT);

    private final Links links;
    private final Sessions sessions;
    private final Sections sections;

    Staff(Links links, Sessions sessions, Sections sections) {
        this.links = links;
        this.sessions = sessions;
        this.sections = sections;
    }

    /** Every staff account, instructors first, then by username. */
    @Transactional
    public List<Person> staff() {
        return Account.<Account>list("role in ?1 order by role desc, username",
                List.of(Account.INSTRUCTOR, Account.ASSISTANT)).stream().map(this::person).toList();
    }

    @Transactional
    public Person person(String username) {
        return person(account(username));
    }

    private Person person(Account a) {
        return new Person(a.id, a.username, a.displayName, a.role, a.active,
                Account.ASSISTANT.equals(a.role) ? sections.ofAssistant(a.id) : List.of());
    }

    /**
     * Creates a staff account and its one-time link (the only way in: it has no password yet).
     *
     * @throws Refusal 400 listing every problem, 409 when the username is taken
     */
    @Transactional
    public Links.Issued create(String username, String displayName, String role, String issuedBy) {
        String name = Registration.normalizeUsername(username);
        String display = displayName == null ? "" : displayName.strip();
        List<String> problems = new ArrayList<>();
        if (!Account.INSTRUCTOR.equals(role) && !Account.ASSISTANT.equals(role)) {
            problems.add("role must be instructor or assistant");
        }
        // The rules of registration, but a staff name may name the role ("Assistant Lee"): only the form counts.
        List<StaffLookalikes.StaffName> none = List.of();
        AccountService.profileProblems(name, display, null, none).stream()
                .filter(p -> !p.message().contains("staff") && !p.message().contains("reserved"))
                .map(RegistrationProblem::message).forEach(problems::add);
        if (!problems.isEmpty()) {
            throw Refusal.invalid("The account was not created.", problems);
        }
        if (Account.findByUsername(name).isPresent()) {
            throw Refusal.conflict("The username '" + name + "' is taken.");
        }
        Account account = Account.createHashed(name, Account.hash(java.util.UUID.randomUUID().toString()
                + java.util.UUID.randomUUID()), role, display, null);
        Account.flush();
        return links.issue(account, OneTimeLink.WELCOME, issuedBy, Instant.now());
    }

    /** Gives an account another role; the last active instructor keeps theirs. */
    @Transactional
    public Person changeRole(String username, String role) {
        String wanted = role == null ? "" : role.strip().toLowerCase(Locale.ROOT);
        if (!ROLES.contains(wanted)) {
            throw Refusal.invalid("The role was not changed.", List.of("role must be student, instructor or"
                    + " assistant"));
        }
        Account account = account(username);
        if (Account.INSTRUCTOR.equals(account.role) && !Account.INSTRUCTOR.equals(wanted) && account.active
                && lastActiveInstructor()) {
            throw Refusal.conflict("'" + account.username + "' is the last active instructor: make another"
                    + " instructor first.");
        }
        if (!account.role.equals(wanted)) {
            account.role = wanted;
            // Sessions carry no role (each request reads it), but a changed role is a good moment to sign in again.
            sessions.endAllOf(account.id, null);
        }
        return person(account);
    }

    /** Deactivates (every session ends) or reactivates an account; the last active instructor stays active. */
    @Transactional
    public Person setActive(String username, boolean active) {
        Account account = account(username);
        if (!active && account.active && Account.INSTRUCTOR.equals(account.role) && lastActiveInstructor()) {
            throw Refusal.conflict("'" + account.username + "' is the last active instructor and cannot be"
                    + " deactivated.");
        }
        account.active = active;
        if (!active) {
            sessions.endAllOf(account.id, null);
        }
        return person(account);
    }

    /**
     * Issues a password reset link for an account; its sessions end when the link is used.
     */
    @Transactional
    public Links.Issued reset(String username, String issuedBy) {
        Account account = account(username);
        return links.issue(account, OneTimeLink.RESET, issuedBy, Instant.now());
    }

    private static boolean lastActiveInstructor() {
        return Account.count("role = ?1 and active = true", Account.INSTRUCTOR) <= 1;
    }

    static Account account(String username) {
        String name = Registration.normalizeUsername(username);
        return Account.findByUsername(name).orElseThrow(() -> Refusal.notFound("There is no account '" + name
                + "'."));
    }
}
