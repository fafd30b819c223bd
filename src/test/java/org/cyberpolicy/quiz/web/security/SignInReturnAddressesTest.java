package org.cyberpolicy.quiz.web.security;

import static io.restassured.RestAssured.given;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.SESSION_COOKIE;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.stream.Stream;

import org.cyberpolicy.quiz.testing.LogCapture;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * After signing in, the browser goes back to the page that sent it to sign in, which Quarkus keeps in the cookie
 * {@code quarkus-redirect-location}. Anyone can send that cookie with any value: one that is not an address of this
 * site is ignored without a word in the log, and the sign-in lands on the front page; it never leads off-site.
 */
@QuarkusTest
class SignInReturnAddressesTest {

    private static final String COOKIE = "quarkus-redirect-location";

    @TestHTTPResource("/")
    URL base;

    private String own(String path) {
        return base.getProtocol() + "://" + base.getAuthority() + path;
    }

    private static Response signIn(String username, String cookieHeader) {
        return given().redirects().follow(false).header("Cookie", cookieHeader)
                .formParam("j_username", username).formParam("j_password", TestAccounts.PASSWORD)
                .post("/j_security_check");
    }

    static Stream<String> notAddressesOfThisSite() {
        return Stream.of("%%%bad", "%zz", "http://evil.example/quizzes", "https://evil.example/", "//evil.example/x",
                "javascript:alert(1)", "/progress", "http://localhost:1/quizzes",
                "http://localhost:1/" + "x".repeat(5000));
    }

    @ParameterizedTest
    @MethodSource("notAddressesOfThisSite")
    void aReturnAddressThatIsNotOneOfThisSiteIsIgnoredQuietlyAndTheSignInLandsOnTheFrontPage(String value) {
        String student = TestAccounts.student();
        try (LogCapture log = new LogCapture()) {
            Response answer = signIn(student, COOKIE + "=" + value);

            answer.then().statusCode(302).cookie(SESSION_COOKIE, notNullValue());
            assertEquals(own("/"), answer.header("Location"));
            assertEquals(List.of(), log.failures());
        }
    }

    @Test
    void anIgnoredReturnAddressIsForgottenByTheBrowser() {
        Response answer = signIn(TestAccounts.student(), COOKIE + "=%%%bad");

        answer.then().statusCode(302);
        assertThat(answer.headers().getValues("Set-Cookie"), hasItem(startsWith(COOKIE + "=; Path=/; Max-Age=0")));
    }

    @Test
    void aReturnAddressOfThisSiteLongerThanAnyAddressItAcceptsIsIgnoredQuietly() {
        String student = TestAccounts.student();
        try (LogCapture log = new LogCapture()) {
            Response answer = signIn(student, COOKIE + "=" + own("/" + "x".repeat(5000)));

            answer.then().statusCode(302);
            assertEquals(own("/"), answer.header("Location"));
            assertEquals(List.of(), log.failures());
        }
    }

    @Test
    void aReturnAddressOfThisSiteIsFollowed() {
        // The sign-in page's own cookie, as Quarkus sets it when an anonymous browser opens a page behind sign-in.
        String stored = given().redirects().follow(false).get("/progress").then().statusCode(302).extract()
                .cookie(COOKIE);
        assertEquals(own("/progress"), stored);
        String student = TestAccounts.student();
        try (LogCapture log = new LogCapture()) {
            Response answer = signIn(student, COOKIE + "=" + stored);

            answer.then().statusCode(302);
            assertEquals(URI.create(own("/progress")), URI.create(answer.header("Location")));
            assertEquals(List.of(), log.failures());
        }
    }
}
