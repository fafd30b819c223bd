package org.cyberpolicy.quiz.lti;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.people.Sections;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A course's roster read from its platform (LTI Names and Role Provisioning Services 2.0) and made the roster of the
 * course's section: every active member with a role here gets an account (found by issuer and {@code user_id}, as a
 * launch finds it, or made, with the name, email and SIS id the platform shares) and, as a student or an assistant,
 * a place in the section; the platform's members who left the course, or are inactive in it, leave the section.
 * <p>
 * The memberships address is the one the course's latest launch named; the pages are followed by their
 * {@code Link: rel="next"} headers, on the same host only (the bearer token goes nowhere else), up to a bound. Nothing
 * changes unless every page was read. Accounts are never given another role here: roles follow the signed launch.
 * People an instructor put in the section by hand, who have no account from this platform, are left alone.
 */
@ApplicationScoped
public class RosterSync {

    static final String SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    static final int MAX_PAGES = 100;
    static final int MAX_MEMBERS = 20_000;
    static final long MAX_PAGE_BYTES = 8L * 1024 * 1024;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(RosterSync.class);

    /** A course the platform offers a roster of, and its section. */
    public record Course(String sectionId, String sectionName, String issuer, String clientId, String contextId,
            String membershipsUrl, Instant updatedAt) {
    }

    /**
     * What a sync did: the roster's size, accounts made, people newly put in the section, people taken out of it, and
     * each member left out with why.
     */
    public record Report(String sectionId, String sectionName, int members, int accountsMade, int added, int removed,
            List<String> leftOut) {
    }

    private final EntityManager em;
    private final Platforms platforms;
    private final AccessTokens tokens;
    private final LtiAccounts accounts;
    private final Sections sections;
    private final HttpClient http;
    private final Clock clock = Clock.systemUTC();

    @Inject
    RosterSync(EntityManager em, Platforms platforms, AccessTokens tokens, LtiAccounts accounts, Sections sections) {
        this.em = em;
        this.platforms = platforms;
        this.tokens = tokens;
        this.accounts = accounts;
        this.sections = sections;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The courses whose launches named a memberships address, by section name. */
    public List<Course> courses() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Course> courses = new ArrayList<>();
            for (Object row : em.createNativeQuery("select issuer, context_id, client_id, context_memberships_url,"
                    + " updated_at"
                    + " from lti_context_service").getResultList()) {
                Object[] values = (Object[]) row;
                String issuer = (String) values[0];
                String contextId = (String) values[1];
                String sectionId = LtiAccounts.sectionId(issuer, contextId);
                String name = sections.exists(sectionId) ? sections.get(sectionId).name() : contextId;
                courses.add(new Course(sectionId, name, issuer, (String) values[2], contextId, (String) values[3],
                        instant(values[4])));
            }
            courses.sort((a, b) -> a.sectionName().compareToIgnoreCase(b.sectionName()));
            return courses;
        });
    }

    /**
     * Reads the course's roster from its platform and applies it to the section.
     *
     * @throws Refusal 404 for a section that is no platform course with a memberships address; 409 when the
     *                 platform is no longer registered; 502 when the platform did not give the whole roster
     */
    public Report sync(String sectionId) {
        Course course = courses().stream().filter(c -> c.sectionId().equals(sectionId)).findFirst()
                .orElseThrow(() -> Refusal.notFound("No course from a learning platform has the section '"
                        + LaunchRefusal.shown(sectionId) + "' with a roster to read: launch the tool from the course"
                        + " first (its platform must offer Names and Role Provisioning)."));
        Platform platform = platforms.find(course.issuer(), course.clientId()).orElseThrow(() -> Refusal.conflict("The platform '" + LaunchRefusal.shown(course.issuer())
                        + "' of this course is no longer registered."));
        List<RosterPage.Member> members = readAll(platform, course.membershipsUrl());
        Report report = QuarkusTransaction.requiringNew().call(() -> apply(course, members));
        LOG.infof("LTI roster sync of section %s: %d members, %d accounts made, %d added, %d removed, %d left out",
                sectionId, report.members(), report.accountsMade(), report.added(), report.removed(),
                report.leftOut().size());
        return report;
    }

    private List<RosterPage.Member> readAll(Platform platform, String firstUrl) {
        URI first = URI.create(firstUrl);
        List<RosterPage.Member> members = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Optional<String> next = Optional.of(firstUrl);
        int pages = 0;
        while (next.isPresent()) {
            String url = next.get();
            if (!seen.add(url)) {
                break;
            }
            if (++pages > MAX_PAGES || members.size() > MAX_MEMBERS) {
                throw upstream("the roster has more than " + MAX_PAGES + " pages or " + MAX_MEMBERS + " members");
            }
            RosterPage page = read(platform, url);
            members.addAll(page.members());
            next = page.next().map(link -> sameService(first, link));
        }
        return members;
    }

    /** The next page's address, only on the host of the first: the bearer token must not go to anyone else. */
    private static String sameService(URI first, String link) {
        URI next = first.resolve(link);
        if (ServiceUrls.acceptable(next.toString()).isEmpty() || !ServiceUrls.sameOrigin(first, next)) {
            throw upstream("the roster's next page is at another address ('" + LaunchRefusal.shown(link) + "')");
        }
        return next.toString();
    }

    private RosterPage read(Platform platform, String url) {
        HttpResponse<InputStream> answer = get(platform, url);
        if (answer.statusCode() == 401) {
            tokens.forget(platform, List.of(SCOPE));
            answer = get(platform, url);
        }
        String body = body(answer);
        if (answer.statusCode() / 100 != 2) {
            throw upstream("the platform answered " + answer.statusCode() + ": " + excerpt(body));
        }
        try {
            return RosterPage.parse(body, answer.headers().allValues("Link"));
        } catch (IllegalArgumentException notARoster) {
            throw upstream(notARoster.getMessage());
        }
    }

    private HttpResponse<InputStream> get(Platform platform, String url) {
        String token;
        try {
            token = tokens.token(platform, List.of(SCOPE)).value();
        } catch (AccessTokens.AccessTokenException refused) {
            throw upstream("no access token for the roster: " + refused.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT).GET()
                .header("Accept", MEDIA_TYPE).header("Authorization", "Bearer " + token).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw upstream("the platform could not be reached (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw upstream("the roster sync was interrupted");
        }
    }

    private static String body(HttpResponse<InputStream> answer) {
        try (InputStream in = answer.body()) {
            byte[] bytes = in.readNBytes((int) MAX_PAGE_BYTES + 1);
            if (bytes.length > MAX_PAGE_BYTES) {
                throw upstream("a page of the roster is larger than " + MAX_PAGE_BYTES / (1024 * 1024) + " MB");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw upstream("the platform's answer could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private Report apply(Course course, List<RosterPage.Member> roster) {
        Instant now = clock.instant();
        if (!sections.exists(course.sectionId())) {
            sections.create(course.sectionId(), course.sectionName(), null);
        }
        Map<String, RosterPage.Member> byUser = new LinkedHashMap<>();
        for (RosterPage.Member member : roster) {
            byUser.put(member.userId(), member);
        }
        List<String> leftOut = new ArrayList<>();
        Set<Long> staying = new HashSet<>();
        int made = 0;
        int added = 0;
        for (RosterPage.Member member : byUser.values()) {
            if (!member.active()) {
                continue;
            }
            Optional<String> role = LtiRoles.appRole(member.roles());
            if (role.isEmpty()) {
                leftOut.add(member.name() + ": no role here for " + String.join(", ", member.roles()));
                continue;
            }
            LtiAccounts.Provisioned provisioned = accounts.provision(course.issuer(), member.userId(), role.get(),
                    member.name(), now);
            Account account = provisioned.account();
            made += provisioned.created() ? 1 : 0;
            if (!account.active) {
                leftOut.add(member.name() + ": the account was deactivated here");
                continue;
            }
            member.email().filter(e -> e.length() <= 254).ifPresent(email -> account.email = email);
            member.sourcedId().filter(s -> s.length() <= 32 && account.studentNumber == null)
                    .ifPresent(id -> account.studentNumber = id);
            staying.add(account.id);
            added += sections.enrol(course.sectionId(), account) ? 1 : 0;
        }
        int removed = removeLeavers(course, staying);
        return new Report(course.sectionId(), course.sectionName(), byUser.size(), made, added, removed,
                List.copyOf(leftOut));
    }

    /** Takes out of the section this platform's accounts that the roster no longer lists as active members. */
    private int removeLeavers(Course course, Set<Long> staying) {
        int removed = 0;
        for (String table : List.of("section_member", "section_assistant")) {
            for (Object id : em.createNativeQuery("select m.account_id from " + table + " m join lti_user u"
                    + " on u.account_id = m.account_id where m.section_id = ?1 and u.issuer = ?2")
                    .setParameter(1, course.sectionId()).setParameter(2, course.issuer()).getResultList()) {
                long accountId = ((Number) id).longValue();
                if (!staying.contains(accountId)) {
                    removed += em.createNativeQuery("delete from " + table + " where section_id = ?1 and"
                            + " account_id = ?2").setParameter(1, course.sectionId()).setParameter(2, accountId)
                            .executeUpdate();
                }
            }
        }
        return removed;
    }

    private static Refusal upstream(String what) {
        return Refusal.upstream("The course's roster could not be read from its platform: " + what + ".");
    }

    private static String excerpt(String body) {
        String flat = Objects.requireNonNullElse(body, "").replaceAll("\\s+", " ").strip();
        return flat.isEmpty() ? "(no text)" : LaunchRefusal.shown(flat);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return null;
    }
}
