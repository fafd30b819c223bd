package org.cyberpolicy.quiz.lti;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * What launches say about a platform's services, kept for grade passback and roster sync: per resource link (issuer
 * and client, deployment, course, link) the quiz it opens, its line item and the scopes granted; per course the
 * latest memberships address. Written after the sign-in, in a transaction of its own: a class launching together
 * races on the same rows, and losing that race (or any failure here) never refuses the launch.
 */
@ApplicationScoped
public class LtiLinks {

    private static final Logger LOG = Logger.getLogger(LtiLinks.class);

    /** A resource link whose launches leave its line item to the tool, which has not found or made it yet. */
    public record LinkWithoutItem(long id, String issuer, String clientId, String contextId, String resourceLinkId,
            String quizId, String lineitemsUrl) {
    }

    /** A resource link with a known line item, whose scores go there. */
    public record GradedLink(long id, String issuer, String clientId, String contextId, String quizId,
            String lineitemUrl, List<String> scopes) {
    }

    private final EntityManager em;

    LtiLinks(EntityManager em) {
        this.em = em;
    }

    /**
     * Records the launch's link and services; logs and carries on when it cannot. Answers the link's id when its
     * line item is left to the tool and not made yet ({@link LineItems}).
     */
    Optional<Long> record(Platform platform, LaunchClaims launch, Optional<String> quizId, Instant now) {
        if (launch.contextId().isEmpty()) {
            return Optional.empty();
        }
        for (int tries = 0; tries < 2; tries++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> write(platform, launch, quizId, now));
            } catch (PersistenceException raced) {
                // Another launch inserted the same row at the same moment: the second try updates it.
                if (tries == 1) {
                    LOG.warnf("LTI: the services of a launch from %s could not be recorded (%s)",
                            LaunchRefusal.shown(platform.issuer()), raced.getClass().getSimpleName());
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Long> write(Platform platform, LaunchClaims launch, Optional<String> quizId, Instant now) {
        String context = launch.contextId().orElseThrow();
        Optional<Long> withoutItem = Optional.empty();
        // A deep linking request names no link, but may name the course's roster service.
        if (launch.resourceLinkId() != null) {
            writeLink(platform, launch, context, quizId, now);
            if (quizId.isPresent() && launch.ags().map(AgsEndpoint::leavesTheLineItemToTheTool).orElse(false)) {
                withoutItem = idWithoutItem(platform, launch, context);
            }
        }
        if (launch.namesRoles().isPresent()) {
            NamesRoleService nrps = launch.namesRoles().get();
            String versions = String.join(" ", nrps.serviceVersions());
            int changed = em.createNativeQuery("""
                    update lti_context_service set client_id = ?1, context_memberships_url = ?2,
                           service_versions = ?3, updated_at = ?4
                    where issuer = ?5 and context_id = ?6""")
                    .setParameter(1, platform.clientId()).setParameter(2, nrps.contextMembershipsUrl())
                    .setParameter(3, versions).setParameter(4, now).setParameter(5, platform.issuer())
                    .setParameter(6, context).executeUpdate();
            if (changed == 0) {
                em.createNativeQuery("""
                        insert into lti_context_service (issuer, context_id, client_id, context_memberships_url,
                            service_versions, updated_at) values (?1, ?2, ?3, ?4, ?5, ?6)""")
                        .setParameter(1, platform.issuer()).setParameter(2, context)
                        .setParameter(3, platform.clientId()).setParameter(4, nrps.contextMembershipsUrl())
                        .setParameter(5, versions).setParameter(6, now).executeUpdate();
            }
        }
        em.flush();
        return withoutItem;
    }

    @SuppressWarnings("unchecked")
    private Optional<Long> idWithoutItem(Platform platform, LaunchClaims launch, String context) {
        List<Object> ids = em.createNativeQuery("""
                select id from lti_resource_link
                where issuer = ?1 and client_id = ?2 and deployment_id = ?3 and context_id = ?4
                  and resource_link_id = ?5 and lineitem_url is null""")
                .setParameter(1, platform.issuer()).setParameter(2, platform.clientId())
                .setParameter(3, launch.deploymentId()).setParameter(4, context)
                .setParameter(5, bounded(launch.resourceLinkId())).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).findFirst();
    }

    /** The link, while its line item is left to the tool and not made yet; in the caller's transaction. */
    @SuppressWarnings("unchecked")
    public Optional<LinkWithoutItem> withoutItem(long id) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, issuer, client_id, context_id, resource_link_id, quiz_id, lineitems_url, scopes
                from lti_resource_link
                where id = ?1 and lineitem_url is null and lineitems_url is not null and quiz_id is not null""")
                .setParameter(1, id).getResultList();
        return rows.stream().filter(row -> List.of(((String) row[7]).split(" ")).containsAll(List.of(
                AgsEndpoint.LINEITEM_SCOPE, AgsEndpoint.SCORE_SCOPE)))
                .map(row -> new LinkWithoutItem(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                        (String) row[3], (String) row[4], (String) row[5], (String) row[6])).findFirst();
    }

    /**
     * Claims the link, without a line item, for one finder until {@code until}; whether this caller has it (another
     * holds an unexpired claim otherwise).
     */
    public boolean claimForLineItem(long id, Instant now, Instant until) {
        return em.createNativeQuery("""
                update lti_resource_link set lineitem_claimed_until = ?1
                where id = ?2 and lineitem_url is null
                  and (lineitem_claimed_until is null or lineitem_claimed_until < ?3)""")
                .setParameter(1, until).setParameter(2, id).setParameter(3, now).executeUpdate() == 1;
    }

    /** Lets the link be claimed again at once (its line item could not be found or made). */
    public void releaseLineItemClaim(long id) {
        em.createNativeQuery("update lti_resource_link set lineitem_claimed_until = null where id = ?1")
                .setParameter(1, id).executeUpdate();
    }

    /** Gives the link the line item the tool found or made, unless it has one by now; whether it took it. */
    public boolean setLineItem(long id, String lineitemUrl) {
        return em.createNativeQuery("update lti_resource_link set lineitem_url = ?1, lineitem_claimed_until = null"
                + " where id = ?2 and lineitem_url is null").setParameter(1, lineitemUrl).setParameter(2, id)
                .executeUpdate() == 1;
    }

    /** The link with its line item, in the caller's transaction. */
    @SuppressWarnings("unchecked")
    public Optional<GradedLink> graded(long id) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, issuer, client_id, context_id, quiz_id, lineitem_url, scopes from lti_resource_link
                where id = ?1 and lineitem_url is not null and quiz_id is not null""")
                .setParameter(1, id).getResultList();
        return rows.stream().map(LtiLinks::gradedLink).findFirst();
    }

    private void writeLink(Platform platform, LaunchClaims launch, String context, Optional<String> quizId,
            Instant now) {
        Optional<AgsEndpoint> ags = launch.ags();
        String lineitem = ags.flatMap(AgsEndpoint::lineitem).orElse(null);
        String lineitems = ags.flatMap(AgsEndpoint::lineitems).orElse(null);
        String scopes = ags.map(a -> String.join(" ", a.scopes())).orElse("");
        int updated = em.createNativeQuery("""
                update lti_resource_link set quiz_id = ?1,
                       lineitem_url = coalesce(cast(?2 as varchar(1000)), lineitem_url), lineitems_url = ?3,
                       scopes = ?4, last_launch_at = ?5
                where issuer = ?6 and client_id = ?7 and deployment_id = ?8 and context_id = ?9
                  and resource_link_id = ?10""")
                .setParameter(1, quizId.orElse(null)).setParameter(2, lineitem).setParameter(3, lineitems)
                .setParameter(4, scopes).setParameter(5, now).setParameter(6, platform.issuer())
                .setParameter(7, platform.clientId()).setParameter(8, launch.deploymentId())
                .setParameter(9, context).setParameter(10, bounded(launch.resourceLinkId())).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("""
                    insert into lti_resource_link (issuer, client_id, deployment_id, context_id, resource_link_id,
                        quiz_id, lineitem_url, lineitems_url, scopes, first_launch_at, last_launch_at)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)""")
                    .setParameter(1, platform.issuer()).setParameter(2, platform.clientId())
                    .setParameter(3, launch.deploymentId()).setParameter(4, context)
                    .setParameter(5, bounded(launch.resourceLinkId())).setParameter(6, quizId.orElse(null))
                    .setParameter(7, lineitem).setParameter(8, lineitems).setParameter(9, scopes)
                    .setParameter(10, now).executeUpdate();
        }
    }

    /**
     * The links with a line item that open the quiz in a course the platform user launched from, in the caller's
     * transaction.
     */
    @SuppressWarnings("unchecked")
    public List<GradedLink> gradedLinks(long ltiUserId, String issuer, String quizId) {
        List<Object[]> rows = em.createNativeQuery("""
                select r.id, r.issuer, r.client_id, r.context_id, r.quiz_id, r.lineitem_url, r.scopes
                from lti_resource_link r
                join lti_membership m on m.context_id = r.context_id and m.lti_user_id = ?1
                where r.issuer = ?2 and r.quiz_id = ?3 and r.lineitem_url is not null
                order by r.id""")
                .setParameter(1, ltiUserId).setParameter(2, issuer).setParameter(3, quizId).getResultList();
        return rows.stream().map(LtiLinks::gradedLink).toList();
    }

    private static GradedLink gradedLink(Object[] row) {
        return new GradedLink(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                (String) row[4], (String) row[5],
                List.of(((String) row[6]).isBlank() ? new String[0] : ((String) row[6]).split(" ")));
    }

    /** The latest memberships address of a course (for a roster sync), if a launch gave one. */
    @SuppressWarnings("unchecked")
    public Optional<String> membershipsUrl(String issuer, String contextId) {
        List<Object> rows = em.createNativeQuery("select context_memberships_url from lti_context_service"
                + " where issuer = ?1 and context_id = ?2").setParameter(1, issuer).setParameter(2, contextId)
                .getResultList();
        return rows.stream().map(String.class::cast).findFirst();
    }

    private static String bounded(String value) {
        return value.length() <= PlatformSpec.MAX_ID ? value : value.substring(0, PlatformSpec.MAX_ID);
    }
}
