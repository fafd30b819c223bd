package org.cyberpolicy.quiz.web.lti;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.cyberpolicy.quiz.lti.FakePlatform;
import org.cyberpolicy.quiz.testing.Browser;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An instructor reads a course's roster from its platform (LTI Names and Role Provisioning, a fake platform on a
 * loopback port) into the course's section: every page, learners as students and teaching assistants as assistants,
 * leavers out, hand-added people left alone; a platform that fails the sync changes nothing.
 */
@QuarkusTest
@Tag("database")
class LtiRosterSyncTest {

    static final String QUIZ = "indictments-exam";
    static final String TA = "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant";
    static LtiTestPlatform lms;

    @Inject
    EntityManager em;

    @BeforeAll
    static void start() {
        lms = new LtiTestPlatform();
        lms.grantsTokens("roster-token");
    }

    @AfterAll
    static void stop() {
        lms.stop();
    }

    /** A course whose first learner launched with the memberships address of the course; its section id. */
    String courseLaunchedBy(String subject, String context) {
        lms.session(subject, QUIZ, context, claims -> claims.put(LtiTestPlatform.NRPS, Map.of(
                "context_memberships_url", lms.base + "/nrps/" + context, "service_versions", List.of("2.0"))));
        return as(TestAccounts.instructor()).get("/api/instructor/lti/courses").then().statusCode(200).extract()
                .jsonPath().getString("find { it.contextId == '" + context + "' }.sectionId");
    }

    static String member(String userId, String status, String name, String role) {
        return "{\"user_id\": \"" + userId + "\", \"status\": \"" + status + "\", \"name\": \"" + name
                + "\", \"email\": \"" + userId + "@example.edu\", \"lis_person_sourcedid\": \"SIS-"
                + Integer.toHexString(userId.hashCode()) + "\", \"roles\": [\"" + role + "\"]}";
    }

    static void roster(String path, String link, String... members) {
        var answer = aResponse().withStatus(200)
                .withHeader("Content-Type", "application/vnd.ims.lti-nrps.v2.membershipcontainer+json")
                .withBody("{\"id\": \"" + lms.base + path + "\", \"context\": {\"id\": \"c\"}, \"members\": ["
                        + String.join(",", members) + "]}");
        if (link != null) {
            answer = answer.withHeader("Link", "<" + link + ">; rel=\"next\"");
        }
        lms.lms.stubFor(get(urlEqualTo(path)).willReturn(answer));
    }

    @SuppressWarnings("unchecked")
    Set<String> subjectsIn(String table, String sectionId) {
        return QuarkusTransaction.requiringNew().call(() -> new HashSet<>((List<String>) em.createNativeQuery(
                "select u.subject from " + table + " m join lti_user u on u.account_id = m.account_id"
                        + " where m.section_id = ?1").setParameter(1, sectionId).getResultList()));
    }

    Object[] account(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("select a.role,"
                + " a.display_name, a.email, a.student_number from account a join lti_user u on u.account_id = a.id"
                + " where u.issuer = ?1 and u.subject = ?2").setParameter(1, lms.platform.issuer)
                .setParameter(2, subject).getSingleResult());
    }

    @Test
    void theWholeRosterOnEveryPageComesIntoTheSectionWithItsRoles() {
        String context = "course-" + UUID.randomUUID();
        String section = courseLaunchedBy("first-learner-" + context, context);
        String next = "/nrps/" + context + "?page=2";
        roster("/nrps/" + context, lms.base + next,
                member("first-learner-" + context, "Active", "First Learner", FakePlatform.LEARNER),
                member("ada-" + context, "Active", "Ada Byron", FakePlatform.LEARNER),
                member("ta-" + context, "Active", "Tom Assistant", TA));
        roster(next, null,
                member("teacher-" + context, "Active", "Terry Teacher", FakePlatform.INSTRUCTOR),
                member("mentor-" + context, "Active", "Max Mentor",
                        "http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor"),
                member("away-" + context, "Inactive", "Ann Away", FakePlatform.LEARNER));

        as(TestAccounts.instructor()).post("/api/instructor/lti/courses/" + section + "/roster-sync").then()
                .statusCode(200).body("members", equalTo(6)).body("accountsMade", equalTo(3))
                .body("added", equalTo(2)).body("removed", equalTo(0))
                .body("leftOut[0]", containsString("Max Mentor"));

        assertEquals(Set.of("first-learner-" + context, "ada-" + context), subjectsIn("section_member", section));
        assertEquals(Set.of("ta-" + context), subjectsIn("section_assistant", section));
        Object[] ada = account("ada-" + context);
        assertEquals(List.of("student", "Ada Byron", "ada-" + context + "@example.edu",
                "SIS-" + Integer.toHexString(("ada-" + context).hashCode())),
                List.of(ada));
        assertEquals("instructor", account("teacher-" + context)[0]);
        lms.lms.verify(getRequestedFor(urlPathEqualTo("/nrps/" + context))
                .withHeader("Authorization", equalTo("Bearer roster-token"))
                .withHeader("Accept", equalTo("application/vnd.ims.lti-nrps.v2.membershipcontainer+json")));
    }

    @Test
    void aRosterMemberWhoLaterLaunchesSignsInToTheAccountTheSyncMade() {
        String context = "course-" + UUID.randomUUID();
        String section = courseLaunchedBy("first-" + context, context);
        roster("/nrps/" + context, null, member("first-" + context, "Active", "First", FakePlatform.LEARNER),
                member("later-" + context, "Active", "Lena Later", FakePlatform.LEARNER));
        as(TestAccounts.instructor()).post("/api/instructor/lti/courses/" + section + "/roster-sync").then()
                .statusCode(200).body("accountsMade", equalTo(1));

        String session = lms.session("later-" + context, QUIZ, context, claims -> {
        });

        String username = given().cookie("quarkus-credential", session).get("/api/me").then().statusCode(200)
                .extract().path("username");
        String synced = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("select"
                + " a.username from account a join lti_user u on u.account_id = a.id where u.subject = ?1")
                .setParameter(1, "later-" + context).getSingleResult());
        assertEquals(synced, username);
    }

    @Test
    void membersWhoLeftTheCourseLeaveTheSectionAndPeopleAddedByHandStay() {
        String context = "course-" + UUID.randomUUID();
        String section = courseLaunchedBy("stays-" + context, context);
        lms.session("leaves-" + context, QUIZ, context, claims -> {
        });
        String byHand = TestAccounts.student();
        as(TestAccounts.instructor()).put("/api/instructor/sections/" + section + "/students/" + byHand).then()
                .statusCode(200);
        roster("/nrps/" + context, null, member("stays-" + context, "Active", "Stella Stays", FakePlatform.LEARNER),
                member("inactive-" + context, "Inactive", "Ivo Inactive", FakePlatform.LEARNER));

        as(TestAccounts.instructor()).post("/api/instructor/lti/courses/" + section + "/roster-sync").then()
                .statusCode(200).body("removed", equalTo(1));

        assertEquals(Set.of("stays-" + context), subjectsIn("section_member", section));
        as(TestAccounts.instructor()).get("/api/instructor/sections/" + section).then().statusCode(200)
                .body("students", equalTo(2));
    }

    @Test
    void aPlatformThatFailsTheRosterChangesNothingAndSaysWhatItAnswered() {
        String context = "course-" + UUID.randomUUID();
        String section = courseLaunchedBy("only-" + context, context);
        String next = "/nrps/" + context + "?page=2";
        roster("/nrps/" + context, lms.base + next, member("new-" + context, "Active", "New", FakePlatform.LEARNER));
        lms.lms.stubFor(get(urlEqualTo(next)).willReturn(aResponse().withStatus(500).withBody("database down")));

        as(TestAccounts.instructor()).post("/api/instructor/lti/courses/" + section + "/roster-sync").then()
                .statusCode(502).body("error", containsString("500")).body("error", containsString("database down"));

        assertEquals(Set.of("only-" + context), subjectsIn("section_member", section));
    }

    @Test
    void aNextPageOnAnotherHostIsNotFollowedAndTheTokenGoesNowhereElse() {
        WireMockServer elsewhere = new WireMockServer(WireMockConfiguration.options().dynamicPort()
                .bindAddress("127.0.0.1"));
        elsewhere.start();
        try {
            String context = "course-" + UUID.randomUUID();
            String section = courseLaunchedBy("only-" + context, context);
            roster("/nrps/" + context, "http://127.0.0.1:" + elsewhere.port() + "/steal",
                    member("new-" + context, "Active", "New", FakePlatform.LEARNER));

            as(TestAccounts.instructor()).post("/api/instructor/lti/courses/" + section + "/roster-sync").then()
                    .statusCode(502).body("error", containsString("another address"));

            assertTrue(elsewhere.getAllServeEvents().isEmpty());
            assertEquals(Set.of("only-" + context), subjectsIn("section_member", section));
        } finally {
            elsewhere.stop();
        }
    }

    @Test
    void onlyInstructorsSyncAndAnUnknownCourseIsNotFound() {
        given().contentType("application/json").post("/api/instructor/lti/courses/lti-0000/roster-sync").then()
                .statusCode(401);
        as(TestAccounts.student()).post("/api/instructor/lti/courses/lti-0000/roster-sync").then().statusCode(403);
        as(TestAccounts.student()).get("/api/instructor/lti/courses").then().statusCode(403);
        as(TestAccounts.instructor()).post("/api/instructor/lti/courses/lti-0000/roster-sync").then()
                .statusCode(404).body("error", containsString("launch the tool from the course"));
    }

    @Test
    void theCoursesPageReadsARosterWithItsButtonAndSaysWhatItDid() {
        String context = "course-" + UUID.randomUUID();
        String section = courseLaunchedBy("page-" + context, context);
        roster("/nrps/" + context, null, member("page-" + context, "Active", "Paula Page", FakePlatform.LEARNER),
                member("new-" + context, "Active", "Ned New", FakePlatform.LEARNER));
        Browser browser = Browser.signedInAs(TestAccounts.instructor());

        String page = browser.get("/instructor/lti/courses").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Course " + context), page);
        assertTrue(page.contains("action=\"/instructor/lti/courses/" + section + "/roster-sync\""), page);

        browser.post("/instructor/lti/courses/" + section + "/roster-sync", Map.of()).then().statusCode(200)
                .body(containsString("2 members on the platform, 1 new account, 1 put in the section, 0 taken out"));
    }

    @Test
    void theCoursesPageSaysWhyThePlatformFailedTheSync() {
        String context = "course-" + UUID.randomUUID();
        String section = courseLaunchedBy("page-" + context, context);
        lms.lms.stubFor(get(urlEqualTo("/nrps/" + context)).willReturn(aResponse().withStatus(403)
                .withBody("scope not granted")));
        Browser browser = Browser.signedInAs(TestAccounts.instructor());
        browser.get("/instructor/lti/courses");

        browser.post("/instructor/lti/courses/" + section + "/roster-sync", Map.of()).then().statusCode(502)
                .body(containsString("The roster was not read"))
                .body(containsString("the platform answered 403: scope not granted"));
    }
}
