package org.cyberpolicy.quiz.web.lti;

import static io.restassured.RestAssured.given;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.CSRF_COOKIE;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.CSRF_FIELD;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.SESSION_COOKIE;
import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cyberpolicy.quiz.testing.AccountsOverHttp;
import org.cyberpolicy.quiz.testing.AccountsOverHttp.Csrf;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Registering platforms (API and page) and the tool's public keys. */
@QuarkusTest
@Tag("database")
class LtiPlatformsTest {

    static Map<String, Object> platform(String issuer) {
        Map<String, Object> body = new HashMap<>();
        body.put("issuer", issuer);
        body.put("clientId", "10000000000001");
        body.put("deploymentIds", List.of("1", "2"));
        body.put("authLoginUrl", "https://lms.example.edu/mod/lti/auth.php");
        body.put("tokenUrl", "https://lms.example.edu/mod/lti/token.php");
        body.put("jwksUrl", "https://lms.example.edu/mod/lti/certs.php");
        return body;
    }

    @Test
    void anInstructorRegistersListsAndRemovesAPlatform() {
        String instructor = TestAccounts.instructor();
        String issuer = "https://lms-" + UUID.randomUUID() + ".example.edu";
        long id = as(instructor).body(platform(issuer)).post("/api/instructor/lti/platforms").then().statusCode(201)
                .body("issuer", equalTo(issuer)).body("clientId", equalTo("10000000000001"))
                .body("deploymentIds", equalTo(List.of("1", "2"))).body("source", equalTo("registered"))
                .body("createdBy", equalTo(instructor)).extract().jsonPath().getLong("id");
        as(instructor).get("/api/instructor/lti/platforms").then().statusCode(200)
                .body("issuer", hasItem(issuer));
        as(instructor).body(platform(issuer)).post("/api/instructor/lti/platforms").then().statusCode(409)
                .body("error", containsString("registered already"));

        as(instructor).delete("/api/instructor/lti/platforms/" + id).then().statusCode(204);
        as(instructor).get("/api/instructor/lti/platforms").then().body("issuer", not(hasItem(issuer)));
        as(instructor).delete("/api/instructor/lti/platforms/" + id).then().statusCode(404);
        as(instructor).delete("/api/instructor/lti/platforms/abc").then().statusCode(404);
    }

    @Test
    void aRegistrationWithProblemsIsRefusedWithEveryOne() {
        Map<String, Object> body = platform("http://lms.example.edu");
        body.put("clientId", "");
        body.put("deploymentIds", List.of());
        body.put("jwksUrl", "http://10.0.0.7/certs");
        JsonPath answer = as(TestAccounts.instructor()).body(body).post("/api/instructor/lti/platforms").then()
                .statusCode(400).body("problems", hasSize(4)).extract().jsonPath();
        List<String> problems = answer.getList("problems");
        assertEquals(List.of(
                "issuer: 'http://lms.example.edu' must use https (http is only accepted on this machine's loopback"
                        + " addresses)",
                "client-id: missing (the client id the platform gave this tool)",
                "deployment-ids: missing (at least one deployment id the platform gave this tool)",
                "jwks-url: 'http://10.0.0.7/certs' must use https (http is only accepted on this machine's loopback"
                        + " addresses)"), problems);
        as(TestAccounts.instructor()).post("/api/instructor/lti/platforms").then().statusCode(400);
    }

    @Test
    void onlyInstructorsSeeOrChangePlatforms() {
        as(TestAccounts.student()).get("/api/instructor/lti/platforms").then().statusCode(403);
        as(TestAccounts.student()).body(platform("https://x.example.edu")).post("/api/instructor/lti/platforms")
                .then().statusCode(403);
        given().get("/api/instructor/lti/platforms").then().statusCode(401);
        given().redirects().follow(false).get("/instructor/lti").then().statusCode(302);
    }

    @Test
    void theToolPublishesItsPublicKeyOnly() {
        JsonPath jwks = given().get("/lti/jwks").then().statusCode(200).contentType(containsString("json"))
                .body("keys", hasSize(1)).body("keys[0].kty", equalTo("RSA")).body("keys[0].alg", equalTo("RS256"))
                .body("keys[0].use", equalTo("sig")).extract().jsonPath();
        String kid = jwks.getString("keys[0].kid");
        assertFalse(kid == null || kid.isBlank());
        Map<String, Object> key = jwks.getMap("keys[0]");
        for (String privatePart : List.of("d", "p", "q", "dp", "dq", "qi")) {
            assertFalse(key.containsKey(privatePart), privatePart);
        }
        // Kept: the same key at every request.
        given().get("/lti/jwks").then().body("keys[0].kid", equalTo(kid)).body("keys[0].n",
                equalTo(jwks.getString("keys[0].n")));
    }

    @Test
    void aQuizsTargetLinkOpenedDirectlyLeadsToTheQuiz() {
        given().redirects().follow(false).get("/lti/quizzes/indictments-exam").then().statusCode(303)
                .header("Location", containsString("/quizzes/indictments-exam"));
        given().redirects().follow(false).get("/lti/quizzes/no-such-quiz").then().statusCode(404);
    }

    @Test
    void theInstructorsPageGivesTheAddressesAndRegistersThroughItsForm() {
        String instructor = TestAccounts.instructor();
        String session = AccountsOverHttp.signIn(instructor, TestAccounts.PASSWORD);
        Response page = given().cookie(SESSION_COOKIE, session).get("/instructor/lti").then().statusCode(200)
                .body(containsString("/lti/login</code>"), containsString("/lti/launch</code>"),
                        containsString("/lti/jwks</code>"), containsString("/lti/quizzes/indictments-exam</code>"))
                .extract().response();
        Csrf csrf = AccountsOverHttp.csrfFrom(page);
        String issuer = "https://page-" + UUID.randomUUID() + ".example.edu";

        given().cookie(SESSION_COOKIE, session).cookie(CSRF_COOKIE, csrf.cookie()).formParam(CSRF_FIELD, csrf.token())
                .formParam("issuer", issuer).formParam("clientId", "").formParam("deploymentIds", "1")
                .formParam("authLoginUrl", "http://lms.example.edu/auth").formParam("tokenUrl", issuer + "/t")
                .formParam("jwksUrl", issuer + "/k").post("/instructor/lti/platforms").then().statusCode(400)
                .body(containsString("client-id: missing"), containsString("auth-login-url: &#39;http://lms"),
                        containsString("value=\"" + issuer + "\""));

        given().redirects().follow(false).cookie(SESSION_COOKIE, session).cookie(CSRF_COOKIE, csrf.cookie())
                .formParam(CSRF_FIELD, csrf.token()).formParam("issuer", issuer).formParam("clientId", "abc")
                .formParam("deploymentIds", "1, 2").formParam("authLoginUrl", issuer + "/a")
                .formParam("tokenUrl", issuer + "/t").formParam("jwksUrl", issuer + "/k")
                .post("/instructor/lti/platforms").then().statusCode(303);
        as(instructor).get("/api/instructor/lti/platforms").then()
                .body("find { it.issuer == '" + issuer + "' }.deploymentIds", hasItems("1", "2"));
        given().cookie(SESSION_COOKIE, session).get("/instructor/lti?done=registered").then().statusCode(200)
                .body(containsString("The platform is registered."), containsString(issuer));

        // Without the page's token, nothing changes.
        given().redirects().follow(false).cookie(SESSION_COOKIE, session).formParam("issuer", issuer + "x")
                .post("/instructor/lti/platforms").then().statusCode(400);
    }
}
