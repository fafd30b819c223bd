package org.cyberpolicy.quiz.people;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.account.AccountService;
import org.cyberpolicy.quiz.account.Registration;
import org.cyberpolicy.quiz.account.RegistrationProblem;
import org.cyberpolicy.quiz.account.StaffLookalikes;
import org.cyberpolicy.quiz.people.RosterCsv.Column;
import org.cyberpolicy.quiz.people.RosterCsv.Line;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Roster import (docs/people.md, "Roster"): a CSV of students is first read into a plan (who is created, whose names
 * or sections change, which rows are refused and why) without changing anything; applying carries the plan out in one
 * transaction, creating the sections it names that do not exist yet, and issues each new account a one-time link. A
 * roster only ever touches students: a row naming a staff account is refused. A student's sections become those the
 * roster names for them (a username may appear on several rows, one per section); a row without a section leaves
 * their sections as they are.
 */
@ApplicationScoped
public class Roster {

    /** A refused row: its line in the file and why. */
    public record Refused(int line, String message) {
    }

    /** What a row does to its student. */
    public record Change(int line, String username, String action, List<String> details) {
    }

    /** A one-time link of a new account, for the instructor to hand out. */
    public record LinkLine(String username, String displayName, String section, String link, Instant expiresAt) {
    }

    /** The answer of a preview or an import; {@code links} only after an import. */
    public record Report(int created, int updated, int unchanged, List<Refused> refused, List<String> sectionsCreated,
            List<Change> changes, List<LinkLine> links) {
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final int EMAIL_MAX = 254;
    private static final int CHUNK = 1000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PeopleConfig config;
    private final EntityManager em;

    Roster(PeopleConfig config, EntityManager em) {
        this.config = config;
        this.em = em;
    }

    /** What the roster would do; nothing changes. */
    public Report preview(byte[] csv) {
        List<Line> lines = RosterCsv.parse(csv, config.rosterMaxRows());
        return QuarkusTransaction.requiringNew().call(() -> plan(lines).report(List.of()));
    }

    /**
     * Applies the roster in one transaction (all or nothing) and returns the links of the new accounts.
     *
     * @param linkBase what each link's path is appended to, such as {@code https://quiz.example.edu}
     */
    public Report apply(byte[] csv, String issuedBy, String linkBase) {
        List<Line> lines = RosterCsv.parse(csv, config.rosterMaxRows());
        // New accounts get a bcrypt hash of a secret nobody keeps: no password opens them until a link sets one.
        // One hash for them all: bcrypt is slow on purpose, and a secret forgotten at once is as good as many.
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String unusable = Account.hash(Base64.getEncoder().encodeToString(secret));
        return QuarkusTransaction.requiringNew().call(() -> {
            Plan plan = plan(lines);
            return plan.report(carryOut(plan, unusable, issuedBy, linkBase));
        });
    }

    /** One student as the roster wants them. */
    private static final class Wanted {
        final int line;
        final String username;
        final String displayName;
        final String studentNumber;
        final String email;
        final Set<String> sections = new LinkedHashSet<>();
        Account existing;
        final List<String> details = new ArrayList<>();
        final Set<String> joins = new LinkedHashSet<>();
        final Set<String> leaves = new LinkedHashSet<>();

        Wanted(int line, String username, String displayName, String studentNumber, String email) {
            this.line = line;
            this.username = username;
            this.displayName = displayName;
            this.studentNumber = studentNumber;
            this.email = email;
        }
    }

    private record Plan(List<Wanted> students, List<Refused> refused, Map<String, String> newSections,
            Map<String, Section> sectionsByName) {

        Report report(List<LinkLine> links) {
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            List<Change> changes = new ArrayList<>();
            for (Wanted w : students) {
                String action = w.existing == null ? "created" : w.details.isEmpty() ? "unchanged" : "updated";
                switch (action) {
                    case "created" -> created++;
                    case "updated" -> updated++;
                    default -> unchanged++;
                }
                changes.add(new Change(w.line, w.username, action, List.copyOf(w.details)));
            }
            return new Report(created, updated, unchanged, refused, List.copyOf(newSections.values()), changes,
                    links.isEmpty() && created == 0 ? null : links);
        }
    }

    private Plan plan(List<Line> lines) {
        List<StaffLookalikes.StaffName> staff = AccountService.staffNames();
        Map<String, Section> sectionsByName = new HashMap<>();
        for (Section section : Section.allByName()) {
            sectionsByName.put(section.name.toLowerCase(Locale.ROOT), section);
        }
        Set<String> usernames = new LinkedHashSet<>();
        lines.forEach(l -> usernames.add(Registration.normalizeUsername(l.get(Column.USERNAME))));
        Map<String, Account> accounts = accounts(usernames);
        Map<Long, Set<String>> memberships = memberships(accounts.values());
        Map<String, String> sectionIdsToNames = new HashMap<>();
        sectionsByName.values().forEach(s -> sectionIdsToNames.put(s.id, s.name));

        List<Refused> refused = new ArrayList<>();
        Map<String, Wanted> wanted = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, String> newSections = new LinkedHashMap<>();
        for (Line line : lines) {
            if (line.problem().isPresent()) {
                refused.add(new Refused(line.line(), line.problem().get()));
                continue;
            }
            String username = Registration.normalizeUsername(line.get(Column.USERNAME));
            String displayName = line.get(Column.DISPLAY_NAME);
            String number = line.get(Column.STUDENT_NUMBER).isEmpty() ? null : line.get(Column.STUDENT_NUMBER);
            String email = line.get(Column.EMAIL).isEmpty() ? null : line.get(Column.EMAIL);
            String section = line.get(Column.SECTION);
            List<String> problems = new ArrayList<>(AccountService.profileProblems(username, displayName, number,
                    staff).stream().map(RegistrationProblem::message).toList());
            if (email != null && (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches())) {
                problems.add("email must be an address such as name@example.edu, at most " + EMAIL_MAX
                        + " characters");
            }
            if (section.length() > Sections.NAME_MAX || section.codePoints().anyMatch(Character::isISOControl)) {
                problems.add("section must be a name of at most " + Sections.NAME_MAX + " characters");
            }
            Account existing = accounts.get(username);
            if (problems.isEmpty() && existing != null && !Account.STUDENT.equals(existing.role)) {
                problems.add("'" + username + "' is a staff account; a roster changes only students");
            }
            String key = username + "\u0000" + section.toLowerCase(Locale.ROOT);
            if (problems.isEmpty() && seen.containsKey(key)) {
                problems.add("the same student and section as line " + seen.get(key));
            }
            Wanted earlier = wanted.get(username);
            if (problems.isEmpty() && earlier != null && (!earlier.displayName.equals(displayName)
                    || !Objects.equals(earlier.studentNumber, number) || !Objects.equals(earlier.email, email))) {
                problems.add("'" + username + "' is on line " + earlier.line + " with other details");
            }
            if (!problems.isEmpty()) {
                refused.add(new Refused(line.line(), String.join("; ", problems)));
                continue;
            }
            seen.put(key, line.line());
            Wanted student = earlier != null ? earlier : new Wanted(line.line(), username, displayName, number, email);
            student.existing = existing;
            wanted.put(username, student);
            if (!section.isEmpty()) {
                student.sections.add(section);
                String lower = section.toLowerCase(Locale.ROOT);
                if (!sectionsByName.containsKey(lower)) {
                    newSections.putIfAbsent(lower, section);
                }
            }
        }
        for (Wanted w : wanted.values()) {
            Set<String> wantedIds = new LinkedHashSet<>();
            for (String name : w.sections) {
                Section known = sectionsByName.get(name.toLowerCase(Locale.ROOT));
                if (known != null) {
                    wantedIds.add(known.id);
                } else {
                    w.joins.add(newSections.get(name.toLowerCase(Locale.ROOT)));
                }
            }
            Set<String> current = w.existing == null ? Set.of() : memberships.getOrDefault(w.existing.id, Set.of());
            wantedIds.stream().filter(id -> !current.contains(id)).forEach(id -> w.joins.add(sectionIdsToNames.get(id)));
            if (!w.sections.isEmpty()) {
                current.stream().filter(id -> !wantedIds.contains(id))
                        .forEach(id -> w.leaves.add(sectionIdsToNames.get(id)));
            }
            if (w.existing != null) {
                if (!w.existing.displayName.equals(w.displayName)) {
                    w.details.add("display name: " + w.existing.displayName + " \u2192 " + w.displayName);
                }
                if (w.studentNumber != null && !w.studentNumber.equals(w.existing.studentNumber)) {
                    w.details.add("student number: " + Objects.toString(w.existing.studentNumber, "none") + " \u2192 "
                            + w.studentNumber);
                }
                if (w.email != null && !w.email.equals(w.existing.email)) {
                    w.details.add("email: " + Objects.toString(w.existing.email, "none") + " \u2192 " + w.email);
                }
            }
            w.joins.forEach(name -> w.details.add("joins " + name));
            w.leaves.forEach(name -> w.details.add("leaves " + name));
            if (w.existing == null) {
                // A new account's own details are not changes.
                w.details.removeIf(d -> !d.startsWith("joins "));
            }
        }
        return new Plan(List.copyOf(wanted.values()), refused, newSections, sectionsByName);
    }

    /**
     * Carries the plan out in the caller's transaction. Sections and changed students go through the entities; the new
     * accounts, their memberships and their links are written with plain JDBC on the session's own connection, in
     * batches: as entities, each insert made Hibernate check every account already in the session (a roster of
     * 5 000 took 20 s), and the native inserts flushed the session before each one.
     */
    private List<LinkLine> carryOut(Plan plan, String unusable, String issuedBy, String linkBase) {
        Instant now = Instant.now();
        Instant expires = now.plus(config.linkLifetime());
        Map<String, String> idsByName = new HashMap<>();
        plan.sectionsByName().forEach((lower, section) -> idsByName.put(lower, section.id));
        Set<String> taken = new HashSet<>(idsByName.values());
        for (Map.Entry<String, String> created : plan.newSections().entrySet()) {
            String base = Sections.slug(created.getValue());
            String id = base;
            for (int n = 2; taken.contains(id) || Section.byId(id).isPresent(); n++) {
                id = base + "-" + n;
            }
            taken.add(id);
            Section section = new Section();
            section.id = id;
            section.name = created.getValue();
            section.createdAt = now;
            section.persist();
            idsByName.put(created.getKey(), id);
        }
        for (Wanted w : plan.students()) {
            if (w.existing != null && !w.details.isEmpty()) {
                w.existing.displayName = w.displayName;
                if (w.studentNumber != null) {
                    w.existing.studentNumber = w.studentNumber;
                }
                if (w.email != null) {
                    w.existing.email = w.email;
                }
            }
        }
        Account.flush();
        List<LinkLine> issued = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
            OffsetDateTime until = OffsetDateTime.ofInstant(expires, ZoneOffset.UTC);
            try (PreparedStatement account = connection.prepareStatement("insert into account (username,"
                    + " password_hash, role, display_name, student_number, created_at, email, active)"
                    + " values (?, ?, 'student', ?, ?, ?, ?, true)", java.sql.Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement join = connection.prepareStatement(
                            "insert into section_member (section_id, account_id) values (?, ?)");
                    PreparedStatement leave = connection.prepareStatement(
                            "delete from section_member where section_id = ? and account_id = ?");
                    PreparedStatement link = connection.prepareStatement("insert into one_time_link (token_hash,"
                            + " account_id, purpose, issued_by, created_at, expires_at) values (?, ?, ?, ?, ?, ?)")) {
                for (Wanted w : plan.students()) {
                    long accountId;
                    if (w.existing == null) {
                        account.setString(1, w.username);
                        account.setString(2, unusable);
                        account.setString(3, w.displayName);
                        account.setString(4, w.studentNumber);
                        account.setObject(5, at);
                        account.setString(6, w.email);
                        account.executeUpdate();
                        try (ResultSet keys = account.getGeneratedKeys()) {
                            keys.next();
                            accountId = keys.getLong("id");
                        }
                        String token = Links.newToken();
                        link.setString(1, Links.hash(token));
                        link.setLong(2, accountId);
                        link.setString(3, OneTimeLink.WELCOME);
                        link.setString(4, issuedBy);
                        link.setObject(5, at);
                        link.setObject(6, until);
                        link.addBatch();
                        issued.add(new LinkLine(w.username, w.displayName, String.join("; ", w.sections),
                                linkBase + "/link/" + token, expires));
                    } else {
                        accountId = w.existing.id;
                    }
                    for (String name : w.joins) {
                        join.setString(1, idsByName.get(name.toLowerCase(Locale.ROOT)));
                        join.setLong(2, accountId);
                        join.addBatch();
                    }
                    for (String name : w.leaves) {
                        leave.setString(1, idsByName.get(name.toLowerCase(Locale.ROOT)));
                        leave.setLong(2, accountId);
                        leave.addBatch();
                    }
                }
                link.executeBatch();
                join.executeBatch();
                leave.executeBatch();
            }
        });
        return issued;
    }

    private static Map<String, Account> accounts(Set<String> usernames) {
        Map<String, Account> accounts = new HashMap<>();
        List<String> all = new ArrayList<>(usernames);
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            Account.<Account>list("username in ?1", chunk).forEach(a -> accounts.put(a.username, a));
        }
        return accounts;
    }

    @SuppressWarnings("unchecked")
    private Map<Long, Set<String>> memberships(java.util.Collection<Account> accounts) {
        Map<Long, Set<String>> memberships = new HashMap<>();
        List<Long> ids = accounts.stream().map(a -> a.id).toList();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            for (Object[] row : (List<Object[]>) em.createNativeQuery("select account_id, section_id from"
                    + " section_member where account_id in (?1)").setParameter(1, chunk).getResultList()) {
                memberships.computeIfAbsent(((Number) row[0]).longValue(), id -> new LinkedHashSet<>())
                        .add((String) row[1]);
            }
        }
        return memberships;
    }
}
