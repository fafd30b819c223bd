package org.cyberpolicy.quiz.people;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;

/**
 * Sections (class groups), their students and their assistants: created, changed and removed by instructors, read by
 * the results, the exports and the scoping of assistants ({@link SectionScope}).
 */
@ApplicationScoped
public class Sections {

    /** A section as the pages and the API show it. */
    public record SectionInfo(String id, String name, String joinCode, int students, List<String> assistants) {
    }

    static final Pattern ID = Pattern.compile("(?=.{1,64}$)[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern JOIN_CODE = Pattern.compile("[A-Z0-9-]{4,32}");
    static final int NAME_MAX = 100;

    private final EntityManager em;

    Sections(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public List<SectionInfo> list() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Object[] row : rows("select section_id, count(*) from section_member group by section_id")) {
            counts.put((String) row[0], ((Number) row[1]).intValue());
        }
        Map<String, List<String>> assistants = new LinkedHashMap<>();
        for (Object[] row : rows("select sa.section_id, a.username from section_assistant sa"
                + " join account a on a.id = sa.account_id order by a.username")) {
            assistants.computeIfAbsent((String) row[0], s -> new ArrayList<>()).add((String) row[1]);
        }
        return Section.allByName().stream().map(s -> new SectionInfo(s.id, s.name, s.joinCode,
                counts.getOrDefault(s.id, 0), assistants.getOrDefault(s.id, List.of()))).toList();
    }

    @Transactional
    public boolean exists(String id) {
        return Section.byId(id).isPresent();
    }

    @Transactional
    public SectionInfo get(String id) {
        return list().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> unknown(id));
    }

    /**
     * Creates a section.
     *
     * @throws Refusal 400 listing every problem, 409 when the id or the join code is taken
     */
    @Transactional
    public SectionInfo create(String id, String name, String joinCode) {
        String cleanId = id == null ? "" : id.strip();
        List<String> problems = new ArrayList<>();
        if (!ID.matcher(cleanId).matches()) {
            problems.add("id must be 1 to 64 lower-case letters and digits, words joined by '-' (such as 'group-a')");
        }
        String cleanName = checkName(name, problems);
        String code = checkJoinCode(joinCode, problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid("The section was not saved.", problems);
        }
        if (Section.byId(cleanId).isPresent()) {
            throw Refusal.conflict("There is already a section '" + cleanId + "'.");
        }
        requireFreeCode(code, cleanId);
        Section section = new Section();
        section.id = cleanId;
        section.name = cleanName;
        section.joinCode = code;
        section.createdAt = Instant.now();
        section.persist();
        return get(cleanId);
    }

    /** Renames a section and sets (or, blank, removes) its join code. */
    @Transactional
    public SectionInfo update(String id, String name, String joinCode) {
        Section section = Section.byId(id).orElseThrow(() -> unknown(id));
        List<String> problems = new ArrayList<>();
        String cleanName = checkName(name, problems);
        String code = checkJoinCode(joinCode, problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid("The section was not saved.", problems);
        }
        requireFreeCode(code, id);
        section.name = cleanName;
        section.joinCode = code;
        Section.flush();
        return get(id);
    }

    /** Removes a section: its students and assistants stay, without it. Whether there was one. */
    @Transactional
    public boolean delete(String id) {
        return Section.deleteById(id);
    }

    /** Puts students in a section (those already in it stay); 404 naming any username that is not a student. */
    @Transactional
    public SectionInfo addStudents(String id, Collection<String> usernames) {
        Section.byId(id).orElseThrow(() -> unknown(id));
        for (String username : usernames) {
            Account student = account(username);
            if (!Account.STUDENT.equals(student.role)) {
                throw Refusal.invalid("Only students are members of a section; '" + student.username + "' is "
                        + student.role + ".");
            }
            addMember(id, student.id);
        }
        return get(id);
    }

    @Transactional
    public SectionInfo removeStudent(String id, String username) {
        Section.byId(id).orElseThrow(() -> unknown(id));
        em.createNativeQuery("delete from section_member where section_id = ?1 and account_id = ?2")
                .setParameter(1, id).setParameter(2, account(username).id).executeUpdate();
        return get(id);
    }

    /** Makes an assistant one of the section's; only assistants can be. */
    @Transactional
    public SectionInfo addAssistant(String id, String username) {
        Section.byId(id).orElseThrow(() -> unknown(id));
        Account assistant = account(username);
        if (!Account.ASSISTANT.equals(assistant.role)) {
            throw Refusal.invalid("'" + assistant.username + "' is not an assistant.");
        }
        addAssistantMember(id, assistant.id);
        return get(id);
    }

    /**
     * Puts an account in an existing section, as a student or as one of its assistants (by its role), unless it is in
     * it already; other roles are left out. For callers that have checked the account themselves, such as an LTI
     * launch from the section's course, and need no {@link SectionInfo} back. Whether it was put in just now.
     */
    @Transactional
    public boolean enrol(String sectionId, Account account) {
        if (Account.STUDENT.equals(account.role)) {
            return addMember(sectionId, account.id);
        } else if (Account.ASSISTANT.equals(account.role)) {
            return addAssistantMember(sectionId, account.id);
        }
        return false;
    }

    private boolean addAssistantMember(String sectionId, long accountId) {
        if (rows("select 1 from section_assistant where section_id = ?1 and account_id = ?2", sectionId, accountId)
                .isEmpty()) {
            em.createNativeQuery("insert into section_assistant (section_id, account_id) values (?1, ?2)")
                    .setParameter(1, sectionId).setParameter(2, accountId).executeUpdate();
            return true;
        }
        return false;
    }

    @Transactional
    public SectionInfo removeAssistant(String id, String username) {
        Section.byId(id).orElseThrow(() -> unknown(id));
        em.createNativeQuery("delete from section_assistant where section_id = ?1 and account_id = ?2")
                .setParameter(1, id).setParameter(2, account(username).id).executeUpdate();
        return get(id);
    }

    /** The usernames of a section's students, in order; 404 for an unknown section. */
    @Transactional
    public List<String> studentNames(String id) {
        Section.byId(id).orElseThrow(() -> unknown(id));
        List<String> names = new ArrayList<>();
        for (Object name : em.createNativeQuery("select a.username from section_member m join account a"
                + " on a.id = m.account_id where m.section_id = ?1 and a.role = 'student' order by a.username")
                .setParameter(1, id).getResultList()) {
            names.add((String) name);
        }
        return names;
    }

    /** The ids of the sections an assistant works in. */
    @Transactional
    public List<String> ofAssistant(long accountId) {
        List<String> ids = new ArrayList<>();
        for (Object id : em.createNativeQuery("select section_id from section_assistant where account_id = ?1"
                + " order by section_id").setParameter(1, accountId).getResultList()) {
            ids.add((String) id);
        }
        return ids;
    }

    /** The students of the given sections, by account id. */
    @Transactional
    public Set<Long> members(Collection<String> sectionIds) {
        Set<Long> ids = new HashSet<>();
        if (sectionIds.isEmpty()) {
            return ids;
        }
        for (Object id : em.createNativeQuery("select distinct account_id from section_member where section_id in"
                + " (?1)").setParameter(1, List.copyOf(sectionIds)).getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    /** The names of each student's sections, joined with "; " in the order of the names. */
    @Transactional
    public Map<Long, String> namesByStudent() {
        Map<Long, String> names = new LinkedHashMap<>();
        for (Object[] row : rows("select m.account_id, s.name from section_member m join section s"
                + " on s.id = m.section_id order by m.account_id, s.name")) {
            names.merge(((Number) row[0]).longValue(), (String) row[1], (a, b) -> a + "; " + b);
        }
        return names;
    }

    boolean addMember(String sectionId, long accountId) {
        if (rows("select 1 from section_member where section_id = ?1 and account_id = ?2", sectionId, accountId)
                .isEmpty()) {
            em.createNativeQuery("insert into section_member (section_id, account_id) values (?1, ?2)")
                    .setParameter(1, sectionId).setParameter(2, accountId).executeUpdate();
            return true;
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add(row instanceof Object[] array ? array : new Object[] { row });
        }
        return rows;
    }

    private static Account account(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return Account.findByUsername(name).orElseThrow(() -> Refusal.notFound("There is no account '" + name
                + "'."));
    }

    static Refusal unknown(String id) {
        return Refusal.notFound("There is no section '" + id + "'.");
    }

    private static String checkName(String name, List<String> problems) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > NAME_MAX || clean.codePoints().anyMatch(Character::isISOControl)) {
            problems.add("name must be 1 to " + NAME_MAX + " characters, without control characters");
        }
        return clean;
    }

    private static String checkJoinCode(String joinCode, List<String> problems) {
        if (joinCode == null || joinCode.isBlank()) {
            return null;
        }
        String code = joinCode.strip().toUpperCase(Locale.ROOT);
        if (!JOIN_CODE.matcher(code).matches()) {
            problems.add("joinCode must be 4 to 32 letters, digits or '-'");
        }
        return code;
    }

    private void requireFreeCode(String code, String sectionId) {
        if (code != null && Section.byJoinCode(code).filter(s -> !s.id.equals(sectionId)).isPresent()) {
            throw Refusal.conflict("Another section has the join code '" + code + "'.");
        }
    }

    static String slug(String name) {
        String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > 64) {
            slug = slug.substring(0, 64).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "section" : slug;
    }

    @SuppressWarnings("unused")
    private static long asLong(Object value) {
        return value instanceof BigInteger big ? big.longValue() : ((Number) value).longValue();
    }
}
