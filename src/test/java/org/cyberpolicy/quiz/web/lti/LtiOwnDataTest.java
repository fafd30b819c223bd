package org.cyberpolicy.quiz.web.lti;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A learner who came from a learning platform owns what the app keeps of that link: the download names the platform's
 * user id, the courses and the scores sent; they can ask for deletion without a password (they have none here); and
 * the deletion removes the link, the courses and the scores, so that the platform's next launch makes a new account.
 */
@QuarkusTest
@Tag("database")
class LtiOwnDataTest {

    static final String EXAM = "indictments-exam";
    static LtiTestPlatform lms;

    @Inject
    EntityManager em;

    @BeforeAll
    static void start() {
        lms = new LtiTestPlatform();
        lms.grantsTokens("t");
        lms.lms.stubFor(post(urlPathEqualTo("/lineitems/own-data/lineitem/scores")).willReturn(aResponse()
                .withStatus(200)));
    }

    @AfterAll
    static void stop() {
        lms.stop();
    }

    static RequestSpecification in(String session) {
        return given().cookie("quarkus-credential", session).contentType(ContentType.JSON);
    }

    long rows(String sql, String subject) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, subject).getSingleResult()).longValue());
    }

    @Test
    void theDownloadNamesThePlatformAndTheDeletionForgetsIt() {
        String subject = "own-data-" + UUID.randomUUID();
        String context = "course-" + UUID.randomUUID();
        String session = lms.session(subject, EXAM, context, claims -> claims.put(LtiTestPlatform.AGS,
                LtiTestPlatform.ags(lms.base + "/lineitems/own-data/lineitem")));
        long attempt = in(session).post("/api/quizzes/" + EXAM + "/attempts").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        in(session).post("/api/attempts/" + attempt + "/submit").then().statusCode(200);
        String username = in(session).get("/api/me").then().statusCode(200).extract().path("username");

        in(session).get("/api/me/data").then().statusCode(200)
                .body("learningPlatforms[0].issuer", equalTo(lms.platform.issuer))
                .body("learningPlatforms[0].userId", equalTo(subject))
                .body("learningPlatforms[0].courses[0].contextId", equalTo(context))
                .body("learningPlatforms[0].scoresSent[0].quizId", equalTo(EXAM))
                .body("sections[0]", equalTo("Course " + context));

        in(session).body(Map.of()).post("/api/me/deletion-request").then().statusCode(202);
        long id = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select account_id"
                + " from lti_user where subject = ?1").setParameter(1, subject).getSingleResult()).longValue());
        as(TestAccounts.instructor()).body(Map.of("attempts", "keep-anonymised"))
                .post("/api/instructor/deletion-requests/" + id).then().statusCode(200);

        assertEquals(0, rows("select count(*) from lti_user where subject = ?1", subject));
        assertEquals(0, rows("select count(*) from lti_grade_send where user_sub = ?1", subject));
        String again = lms.session(subject, EXAM, context, claims -> {
        });
        assertNotEquals(username, in(again).get("/api/me").then().statusCode(200).extract().path("username"));
    }
}
