package org.cyberpolicy.quiz.web.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Every kind of response carries the security headers: pages, API, static files, errors and sign-in redirects. */
@QuarkusTest
class SecurityHeadersTest {

    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    private static RequestSpecification browser() {
        return given().redirects().follow(false);
    }

    private static ValidatableResponse hasSecurityHeaders(ValidatableResponse response) {
        return response.header("Content-Security-Policy", CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "same-origin")
                .header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()")
                // Plain HTTP: HSTS would be ignored by browsers and must not pin a host by accident.
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void aPageCarriesThemAndIsNeverCached() {
        hasSecurityHeaders(browser().get("/login").then().statusCode(200)).header("Cache-Control", "no-store");
    }

    @Test
    void everyPageNamesItsCharset() {
        for (String path : new String[] {"/login", "/register"}) {
            browser().get(path).then().statusCode(200)
                    .header("Content-Type", equalToIgnoringCase("text/html;charset=UTF-8"));
        }
        String student = TestAccounts.student();
        for (String path : new String[] {"/", "/progress", "/train"}) {
            browser().auth().preemptive().basic(student, TestAccounts.PASSWORD).get(path).then().statusCode(200)
                    .header("Content-Type", equalToIgnoringCase("text/html;charset=UTF-8"));
        }
    }

    @Test
    void aSignedInPageWithAnswersIsNeverCached() {
        String student = TestAccounts.student();
        hasSecurityHeaders(browser().auth().preemptive().basic(student, TestAccounts.PASSWORD).get("/progress")
                .then().statusCode(200)).header("Cache-Control", "no-store");
    }

    @Test
    void anApiAnswerCarriesThemAndIsNeverCached() {
        hasSecurityHeaders(TestAccounts.as(TestAccounts.student()).get("/api/quizzes").then().statusCode(200))
                .header("Cache-Control", "no-store");
    }

    @Test
    void aStaticFileCarriesThemButMayBeCached() {
        hasSecurityHeaders(browser().get("/css/app.css").then().statusCode(200))
                .header("Cache-Control", not(equalTo("no-store")));
    }

    @Test
    void aNotFoundPageCarriesThem() {
        hasSecurityHeaders(browser().get("/no-such-page").then().statusCode(404));
    }

    @Test
    void anApiNotFoundCarriesThem() {
        hasSecurityHeaders(TestAccounts.as(TestAccounts.student()).get("/api/attempts/999999999").then()
                .statusCode(404));
    }

    @Test
    void anAddressTooLongIsRefusedWithOurPageAndCarriesThem() {
        // 20 000 characters: past what the HTTP codec itself accepted before (4096), which answered a bare 414.
        hasSecurityHeaders(browser().get("/" + "a".repeat(20_000)).then().statusCode(414))
                .header("Cache-Control", "no-store")
                .header("Content-Type", equalToIgnoringCase("text/html;charset=UTF-8"))
                .body(containsString("Address too long"));
    }

    @Test
    void anApiAddressTooLongIsRefusedInJsonAndCarriesThem() {
        hasSecurityHeaders(browser().get("/api/quizzes/" + "a".repeat(20_000)).then().statusCode(414))
                .contentType(startsWith("application/json"))
                .body("error", containsString("at most 4096 characters"));
    }

    @Test
    void headersTooLargeAreRefusedWithOurPageAndCarryThem() {
        // 30 KB of cookies: past the 20K the HTTP codec itself accepted before, which answered a bare 431.
        hasSecurityHeaders(browser().header("Cookie", "crumbs=" + "b".repeat(30_000)).get("/login").then()
                .statusCode(431))
                .body(containsString("too many cookies"));
    }

    @Test
    void anAddressAndHeadersWithinTheLimitsAreServed() {
        browser().get("/login?" + "a".repeat(4000)).then().statusCode(200);
        browser().header("Cookie", "crumbs=" + "b".repeat(19_000)).get("/login").then().statusCode(200);
    }

    @Test
    void anAnonymousApiRequestsBasicChallengeCarriesThem() {
        hasSecurityHeaders(browser().get("/api/me").then().statusCode(401));
    }

    @Test
    void aStudentRefusedFromTheInstructorAreaGetsThemWithThe403() {
        String student = TestAccounts.student();
        hasSecurityHeaders(browser().auth().preemptive().basic(student, TestAccounts.PASSWORD).get("/instructor")
                .then().statusCode(403));
    }

    @Test
    void theRedirectToTheSignInPageCarriesThem() {
        hasSecurityHeaders(browser().get("/progress").then().statusCode(302).header("Location", endsWith("/login")));
    }

    @Test
    void theRedirectAfterAFailedSignInCarriesThem() {
        hasSecurityHeaders(browser().formParam("j_username", "headers-nobody").formParam("j_password", "wrong one")
                .post("/j_security_check").then().statusCode(302).header("Location", endsWith("/login?error=true")));
    }

    @Test
    void theOpenApiDocumentStillWorksAndCarriesThem() {
        hasSecurityHeaders(browser().get("/q/openapi").then().statusCode(200));
    }

    @Test
    void theHealthCheckCarriesThem() {
        hasSecurityHeaders(browser().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void swaggerUiPresentOutsideProductionGoesWithoutThePolicyItsInlineScriptsWouldBreak() {
        browser().get("/q/swagger-ui/").then().statusCode(200).header("Content-Security-Policy", nullValue())
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void aForwardedProtoFromAnUntrustedClientDoesNotTurnOnHsts() {
        // Proxy forwarding is not trusted by default: the request is plain HTTP whatever the header says.
        browser().header("X-Forwarded-Proto", "https").get("/login").then().statusCode(200)
                .header("Strict-Transport-Security", nullValue());
    }
}
