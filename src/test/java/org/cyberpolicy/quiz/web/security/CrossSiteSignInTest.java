package org.cyberpolicy.quiz.web.security;

import static io.restassured.RestAssured.given;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.SESSION_COOKIE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URL;

import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Login CSRF: a page on another site must not sign the visitor's browser in to an account of its choosing (which
 * would then see everything the visitor types). A sign-in post whose {@code Origin} is another site, or which the
 * browser marks {@code Sec-Fetch-Site: cross-site} or {@code same-site}, is refused with 403, nothing signed in and
 * nothing counted; the site's own form, and clients that send neither header (scripts, old browsers), sign in as
 * before. The browser's side of it: {@code web.browser.CrossSiteSignInJourneyTest}.
 */
@QuarkusTest
class CrossSiteSignInTest {

    @TestHTTPResource("/")
    URL base;

    private String ownOrigin() {
        return base.getProtocol() + "://" + base.getAuthority();
    }

    private static RequestSpecification signInPost(String username, String password) {
        return given().redirects().follow(false).formParam("j_username", username).formParam("j_password", password);
    }

    private static void assertRefusedAndNotSignedIn(Response response) {
        response.then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("Not allowed"))
                .body(containsString("came from another site"));
        assertNull(response.cookie(SESSION_COOKIE), "a refused sign-in gets no session");
    }

    @Test
    void aSignInPostedFromAnotherSitesPageIsRefusedAndSignsNobodyIn() {
        String student = TestAccounts.student();
        assertRefusedAndNotSignedIn(signInPost(student, TestAccounts.PASSWORD)
                .header("Origin", "https://attacker.example").post("/j_security_check"));
    }

    @Test
    void aSignInFromAnotherPortOfTheSameHostIsRefused() {
        String student = TestAccounts.student();
        assertRefusedAndNotSignedIn(signInPost(student, TestAccounts.PASSWORD)
                .header("Origin", base.getProtocol() + "://" + base.getHost() + ":1").post("/j_security_check"));
    }

    @Test
    void aSignInFromAnOpaqueOriginIsRefused() {
        String student = TestAccounts.student();
        assertRefusedAndNotSignedIn(signInPost(student, TestAccounts.PASSWORD)
                .header("Origin", "null").post("/j_security_check"));
    }

    @Test
    void aSignInTheBrowserMarksCrossSiteIsRefusedEvenWithoutOrigin() {
        String student = TestAccounts.student();
        assertRefusedAndNotSignedIn(signInPost(student, TestAccounts.PASSWORD)
                .header("Sec-Fetch-Site", "cross-site").post("/j_security_check"));
    }

    @Test
    void aSignInFromASiblingSiteIsRefused() {
        String student = TestAccounts.student();
        assertRefusedAndNotSignedIn(signInPost(student, TestAccounts.PASSWORD)
                .header("Sec-Fetch-Site", "same-site").post("/j_security_check"));
    }

    @Test
    void theSitesOwnSignInFormStillSignsIn() {
        String student = TestAccounts.student();
        signInPost(student, TestAccounts.PASSWORD).header("Origin", ownOrigin()).header("Sec-Fetch-Site", "same-origin")
                .post("/j_security_check")
                .then().statusCode(302).header("Location", endsWith("/")).cookie(SESSION_COOKIE, notNullValue());
    }

    @Test
    void aScriptSendingNeitherOriginNorSecFetchSiteStillSignsIn() {
        String student = TestAccounts.student();
        signInPost(student, TestAccounts.PASSWORD).post("/j_security_check")
                .then().statusCode(302).header("Location", endsWith("/")).cookie(SESSION_COOKIE, notNullValue());
    }

    @Test
    void refusedCrossSiteSignInsAreNotCountedAsFailures() {
        String student = TestAccounts.student();
        for (int i = 0; i < 6; i++) {
            signInPost(student, "not the password").header("Origin", "https://attacker.example")
                    .post("/j_security_check").then().statusCode(403);
        }

        signInPost(student, TestAccounts.PASSWORD).post("/j_security_check")
                .then().statusCode(302).header("Location", endsWith("/")).cookie(SESSION_COOKIE, notNullValue());
    }
}
