package org.cyberpolicy.quiz.web.lti;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A launch keeps what it says of the platform's services: the link's quiz, line item and granted scopes, and the
 * course's memberships address; addresses that are not https are not kept; a launch without them still works.
 */
@QuarkusTest
@Tag("database")
class LtiServiceClaimsTest {

    static final String QUIZ = "indictments-exam";
    static LtiTestPlatform lms;

    @Inject
    EntityManager em;

    @BeforeAll
    static void start() {
        lms = new LtiTestPlatform();
    }

    @AfterAll
    static void stop() {
        lms.stop();
    }

    Object[] link(String context) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("select quiz_id,"
                + " lineitem_url, lineitems_url, scopes, deployment_id, client_id from lti_resource_link"
                + " where issuer = ?1 and context_id = ?2").setParameter(1, lms.platform.issuer)
                .setParameter(2, context).getSingleResult());
    }

    @SuppressWarnings("unchecked")
    List<Object[]> services(String context) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select context_memberships_url,"
                + " service_versions from lti_context_service where issuer = ?1 and context_id = ?2")
                .setParameter(1, lms.platform.issuer).setParameter(2, context).getResultList());
    }

    @Test
    void theLinksLineItemScopesAndTheCoursesRosterAddressAreKept() {
        String context = "course-" + UUID.randomUUID();
        String lineitem = lms.base + "/courses/1/lineitems/7/lineitem?type=quiz";
        lms.session("s-" + UUID.randomUUID(), QUIZ, context, claims -> {
            claims.put(LtiTestPlatform.AGS, LtiTestPlatform.ags(lineitem));
            claims.put(LtiTestPlatform.NRPS, Map.of("context_memberships_url", lms.base + "/courses/1/members",
                    "service_versions", List.of("2.0")));
        });
        Object[] link = link(context);
        assertEquals(QUIZ, link[0]);
        assertEquals(lineitem, link[1]);
        assertEquals(lms.base + "/courses/1/lineitems", link[2]);
        assertEquals(LtiTestPlatform.LINEITEM_SCOPE + " " + LtiTestPlatform.SCORE, link[3]);
        assertEquals("deployment-1", link[4]);
        assertEquals(lms.platform.clientId, link[5]);
        List<Object[]> services = services(context);
        assertEquals(1, services.size());
        assertEquals(lms.base + "/courses/1/members", services.get(0)[0]);
        assertEquals("2.0", services.get(0)[1]);

        // A later launch of the same link with a new line item replaces it; the link stays one row.
        String moved = lms.base + "/courses/1/lineitems/8/lineitem";
        lms.session("s-" + UUID.randomUUID(), QUIZ, context,
                claims -> claims.put(LtiTestPlatform.AGS, LtiTestPlatform.ags(moved)));
        assertEquals(moved, link(context)[1]);
    }

    @Test
    void addressesThatAreNotHttpsAreNotKept() {
        String context = "course-" + UUID.randomUUID();
        lms.session("s-" + UUID.randomUUID(), QUIZ, context, claims -> {
            claims.put(LtiTestPlatform.AGS, Map.of("scope", List.of(LtiTestPlatform.SCORE),
                    "lineitem", "http://lms.example.edu/lineitems/1", "lineitems", "ftp://lms.example.edu/x"));
            claims.put(LtiTestPlatform.NRPS, Map.of("context_memberships_url", "http://lms.example.edu/members",
                    "service_versions", List.of("2.0")));
        });
        Object[] link = link(context);
        assertNull(link[1]);
        assertNull(link[2]);
        assertTrue(services(context).isEmpty());
    }

    @Test
    void aLaunchWithoutServiceClaimsStillWorks() {
        String context = "course-" + UUID.randomUUID();
        String session = lms.session("s-" + UUID.randomUUID(), QUIZ, context, claims -> {
        });
        given().cookie("quarkus-credential", session).get("/api/me").then().statusCode(200);
        Object[] link = link(context);
        assertEquals(QUIZ, link[0]);
        assertNull(link[1]);
        assertEquals("", link[3]);
        assertTrue(services(context).isEmpty());
    }
}
