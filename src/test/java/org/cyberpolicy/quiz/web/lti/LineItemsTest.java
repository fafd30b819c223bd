package org.cyberpolicy.quiz.web.lti;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.cyberpolicy.quiz.lti.LineItems;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A platform that names a course's line items but none for the link (granting the line item scope) gets one found or
 * made by the tool for an exam, and the link's scores go there, those earned before it existed included.
 */
@QuarkusTest
@Tag("database")
class LineItemsTest {

    static final String EXAM = GradePassbackTest.EXAM;
    static final String PRACTICE = "exchange-practice";
    static LtiTestPlatform lms;

    @Inject
    EntityManager em;

    @Inject
    LineItems lineItems;

    @BeforeAll
    static void start() {
        lms = new LtiTestPlatform();
        lms.grantsTokens("platform-token-items");
    }

    @AfterAll
    static void stop() {
        lms.stop();
    }

    /** A course of its own for each test, whose line items live under {@code /courses/{id}/lineitems}. */
    record Course(String id) {
        static Course fresh() {
            return new Course("course-" + UUID.randomUUID());
        }

        String items() {
            return "/courses/" + id + "/lineitems";
        }

        /** The AGS claim of a link with no line item of its own, granting the line item and score scopes. */
        Map<String, Object> ags(List<String> scopes) {
            Map<String, Object> claim = new HashMap<>();
            claim.put("scope", scopes);
            claim.put("lineitems", lms.base + items());
            return claim;
        }
    }

    static String learner(Course course, String subject, String quiz, List<String> scopes) {
        return lms.session(subject, quiz, course.id(), claims -> claims.put(LtiTestPlatform.AGS, course.ags(scopes)));
    }

    static final List<String> BOTH_SCOPES = List.of(LtiTestPlatform.LINEITEM_SCOPE, LtiTestPlatform.SCORE);

    static void lineItems(Course course, int status, String body) {
        lms.lms.stubFor(get(urlPathEqualTo(course.items())).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/vnd.ims.lis.v2.lineitemcontainer+json").withBody(body)));
    }

    static void makes(Course course, String itemPath) {
        lms.lms.stubFor(post(urlPathEqualTo(course.items())).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/vnd.ims.lis.v2.lineitem+json")
                .withBody("{\"id\": \"" + lms.base + itemPath + "\", \"scoreMaximum\": 10, \"label\": \"x\"}")));
        lms.lms.stubFor(post(urlPathEqualTo(itemPath + "/scores")).willReturn(aResponse().withStatus(200)));
    }

    static List<LoggedRequest> posts(String path) {
        return lms.lms.findAll(postRequestedFor(urlPathEqualTo(path)));
    }

    static List<LoggedRequest> awaitPosts(String path, int count) {
        return GradePassbackTest.await(() -> posts(path), list -> list.size() >= count, count + " POST " + path);
    }

    @SuppressWarnings("unchecked")
    String lineItemOf(Course course) {
        List<Object> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select lineitem_url from lti_resource_link where context_id = ?1").setParameter(1, course.id())
                .getResultList());
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    @SuppressWarnings("unchecked")
    long linkOf(Course course) {
        List<Object> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id from lti_resource_link where context_id = ?1").setParameter(1, course.id())
                .getResultList());
        return ((Number) rows.get(0)).longValue();
    }

    /** Finds or makes the link's line item once the launch's own try (on the background thread) has let go of it. */
    LineItems.Outcome ensureWhenFree(Course course) {
        return GradePassbackTest.await(() -> lineItems.ensure(linkOf(course)), o -> o != LineItems.Outcome.BUSY,
                "the launch's own try to end");
    }

    static void submit(String session, String quiz) {
        long id = given().cookie("quarkus-credential", session).contentType(ContentType.JSON)
                .post("/api/quizzes/" + quiz + "/attempts").then().statusCode(201).extract().jsonPath().getLong("id");
        given().cookie("quarkus-credential", session).contentType(ContentType.JSON)
                .post("/api/attempts/" + id + "/submit").then().statusCode(200);
    }

    @Test
    void anExamsLinkWithoutALineItemGetsOneMadeAndItsScoresGoThere() {
        Course course = Course.fresh();
        String item = course.items() + "/made-1";
        lineItems(course, 200, "[]");
        makes(course, item);
        String subject = "learner-" + UUID.randomUUID();
        String session = learner(course, subject, EXAM, BOTH_SCOPES);

        LoggedRequest made = awaitPosts(course.items(), 1).get(0);
        assertEquals("Bearer platform-token-items", made.getHeader("Authorization"));
        assertEquals("application/vnd.ims.lis.v2.lineitem+json", made.getHeader("Content-Type"));
        JsonPath body = new JsonPath(made.getBodyAsString());
        assertEquals("link-1", body.getString("resourceLinkId"));
        assertEquals(EXAM, body.getString("resourceId"));
        assertTrue(body.getDouble("scoreMaximum") > 0, body.prettify());
        assertTrue(!body.getString("label").isBlank(), body.prettify());
        LoggedRequest asked = lms.lms.findAll(getRequestedFor(urlPathEqualTo(course.items()))).get(0);
        assertEquals("link-1", asked.queryParameter("resource_link_id").firstValue(), "asked first for the link's");
        GradePassbackTest.await(() -> lineItemOf(course), (lms.base + item)::equals, "the link's line item");

        submit(session, EXAM);
        JsonPath score = new JsonPath(awaitPosts(item + "/scores", 1).get(0).getBodyAsString());
        assertEquals(subject, score.getString("userId"));
        assertEquals("FullyGraded", score.getString("gradingProgress"));
    }

    @Test
    void theLinksOwnLineItemOnThePlatformIsTakenAndNoneIsMade() {
        Course course = Course.fresh();
        String item = course.items() + "/existing-5";
        lineItems(course, 200, "[{\"id\": \"" + lms.base + course.items() + "/other\", \"resourceLinkId\": \"link-9\"},"
                + " {\"id\": \"" + lms.base + item + "\", \"resourceLinkId\": \"link-1\", \"resourceId\": \"" + EXAM
                + "\", \"scoreMaximum\": 10}]");
        makes(course, course.items() + "/never");
        lms.lms.stubFor(post(urlPathEqualTo(item + "/scores")).willReturn(aResponse().withStatus(200)));
        String session = learner(course, "learner-" + UUID.randomUUID(), EXAM, BOTH_SCOPES);
        GradePassbackTest.await(() -> lineItemOf(course), (lms.base + item)::equals, "the link's line item");

        submit(session, EXAM);
        awaitPosts(item + "/scores", 1);
        assertEquals(0, posts(course.items()).size(), "a line item was made beside the platform's");
    }

    @Test
    void scoresEarnedBeforeTheLineItemExistedAreSentOnceItIs() {
        Course course = Course.fresh();
        String item = course.items() + "/late-2";
        lineItems(course, 503, "{\"error\": \"maintenance\"}");
        String subject = "learner-" + UUID.randomUUID();
        String session = learner(course, subject, EXAM, BOTH_SCOPES);
        GradePassbackTest.await(() -> lms.lms.findAll(getRequestedFor(urlPathEqualTo(course.items()))),
                list -> !list.isEmpty(), "the platform asked for line items");
        assertEquals(LineItems.Outcome.FAILED, ensureWhenFree(course), "the platform is down");
        submit(session, EXAM);

        lineItems(course, 200, "[]");
        makes(course, item);
        assertEquals(LineItems.Outcome.MADE, ensureWhenFree(course));

        JsonPath score = new JsonPath(awaitPosts(item + "/scores", 1).get(0).getBodyAsString());
        assertEquals(subject, score.getString("userId"));
        assertEquals("FullyGraded", score.getString("gradingProgress"));
        assertEquals(LineItems.Outcome.NOTHING_TO_DO, lineItems.ensure(linkOf(course)), "made once");
    }

    @Test
    void noLineItemIsMadeWithoutTheLineItemScopeNorForAPracticeQuiz() {
        Course withoutScope = Course.fresh();
        learner(withoutScope, "learner-" + UUID.randomUUID(), EXAM, List.of(LtiTestPlatform.SCORE));
        assertEquals(LineItems.Outcome.NOTHING_TO_DO, lineItems.ensure(linkOf(withoutScope)));

        Course practice = Course.fresh();
        lineItems(practice, 200, "[]");
        makes(practice, practice.items() + "/practice");
        learner(practice, "learner-" + UUID.randomUUID(), PRACTICE, BOTH_SCOPES);
        assertEquals(LineItems.Outcome.NOTHING_TO_DO, lineItems.ensure(linkOf(practice)));

        assertEquals(0, lms.lms.findAll(getRequestedFor(urlPathEqualTo(withoutScope.items()))).size());
        assertEquals(0, posts(practice.items()).size());
    }

    @Test
    void aLineItemOnAnotherHostThanTheCoursesIsRefused() {
        Course course = Course.fresh();
        lineItems(course, 200, "[]");
        lms.lms.stubFor(post(urlPathEqualTo(course.items())).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/vnd.ims.lis.v2.lineitem+json")
                .withBody("{\"id\": \"https://elsewhere.example/items/1\"}")));
        learner(course, "learner-" + UUID.randomUUID(), EXAM, BOTH_SCOPES);

        assertEquals(LineItems.Outcome.FAILED, ensureWhenFree(course));
        assertNull(lineItemOf(course), "the bearer token would go to another host");
    }

    @Test
    void twoFindersAtOnceMakeOneLineItem() throws Exception {
        Course course = Course.fresh();
        String item = course.items() + "/once";
        lineItems(course, 200, "[]");
        lms.lms.stubFor(post(urlPathEqualTo(course.items())).willReturn(aResponse().withStatus(201).withFixedDelay(1500)
                .withHeader("Content-Type", "application/vnd.ims.lis.v2.lineitem+json")
                .withBody("{\"id\": \"" + lms.base + item + "\"}")));
        // Launched with the score scope only, so that no finder starts on its own; then the line item scope is added.
        learner(course, "learner-" + UUID.randomUUID(), EXAM, List.of(LtiTestPlatform.SCORE));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update lti_resource_link set scopes = ?1"
                + " where context_id = ?2").setParameter(1, String.join(" ", BOTH_SCOPES))
                .setParameter(2, course.id()).executeUpdate());
        long link = linkOf(course);

        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<LineItems.Outcome> first = two.submit(() -> lineItems.ensure(link));
            Future<LineItems.Outcome> second = two.submit(() -> lineItems.ensure(link));
            List<LineItems.Outcome> outcomes = Stream.of(first.get(30, TimeUnit.SECONDS),
                    second.get(30, TimeUnit.SECONDS)).sorted().toList();
            assertEquals(List.of(LineItems.Outcome.MADE, LineItems.Outcome.BUSY), outcomes);
        } finally {
            two.shutdownNow();
        }
        assertEquals(1, posts(course.items()).size(), "one gradebook column");
        assertEquals(lms.base + item, lineItemOf(course));
    }
}
