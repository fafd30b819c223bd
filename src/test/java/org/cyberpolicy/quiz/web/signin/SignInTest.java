package org.cyberpolicy.quiz.web.signin;

import static io.restassured.RestAssured.given;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.PASSWORD;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.SESSION_COOKIE;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.uniqueUsername;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.cyberpolicy.quiz.testing.AccountsOverHttp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Signing in with the form: the page, Quarkus's {@code /j_security_check}, and what the header shows afterwards. */
@QuarkusTest
@Tag("database")
class SignInTest {

    @Test
    void theSignInPagePostsUsernameAndPasswordToJSecurityCheck() {
        given().when().get("/login")
                .then().statusCode(200)
                .body(containsString("<form class=\"form\" method=\"post\" action=\"/j_security_check\">"))
                .body(containsString("<label for=\"j_username\">Username</label>"))
                .body(containsString("name=\"j_username\" type=\"text\" autocomplete=\"username\""))
                .body(containsString("<label for=\"j_password\">Password</label>"))
                .body(containsString("name=\"j_password\" type=\"password\" autocomplete=\"current-password\""))
                .body(containsString("<a href=\"/register\">Register</a>"))
                .body(not(containsString("Wrong username or password")));
    }

    @Test
    void theRightPasswordRedirectsHomeWithTheSessionCookie() {
        String name = uniqueUsername("signin");
        AccountsOverHttp.register(name, "Signing In");

        given().redirects().follow(false)
                .formParam("j_username", name).formParam("j_password", PASSWORD)
                .when().post("/j_security_check")
                .then().statusCode(302)
                .header("Location", endsWith("/"))
                .cookie(SESSION_COOKIE, notNullValue());
    }

    @Test
    void aWrongPasswordRedirectsToTheSignInPageWhichSaysSo() {
        String name = uniqueUsername("signin");
        AccountsOverHttp.register(name, "Signing In");

        String cookie = given().redirects().follow(false)
                .formParam("j_username", name).formParam("j_password", "not the password")
                .when().post("/j_security_check")
                .then().statusCode(302)
                .header("Location", endsWith("/login?error=true"))
                .extract().cookie(SESSION_COOKIE);
        assertNull(cookie);

        given().when().get("/login?error=true")
                .then().statusCode(200)
                .body(containsString("role=\"alert\" id=\"login-error\">Wrong username or password</p>"))
                .body(containsString("aria-describedby=\"login-error\""));
    }

    @Test
    void anUnknownUsernameGetsTheSameAnswerAsAWrongPassword() {
        given().redirects().follow(false)
                .formParam("j_username", uniqueUsername("nobody")).formParam("j_password", PASSWORD)
                .when().post("/j_security_check")
                .then().statusCode(302)
                .header("Location", endsWith("/login?error=true"));
    }

    @Test
    void theUsernameMayBeTypedInAnyCase() {
        String name = uniqueUsername("signin");
        AccountsOverHttp.register(name, "Any Case");

        AccountsOverHttp.signIn(name.toUpperCase(), PASSWORD);
    }

    @Test
    void signedInPagesShowTheDisplayNameAndASignOutButton() {
        String name = uniqueUsername("signin");
        AccountsOverHttp.register(name, "Ada <Lovelace>");
        String session = AccountsOverHttp.signIn(name, PASSWORD);

        given().cookie(SESSION_COOKIE, session)
                .when().get("/")
                .then().statusCode(200)
                .body(containsString("Signed in as <strong>Ada &lt;Lovelace&gt;</strong>"))
                .body(containsString("<form class=\"inline-form\" method=\"post\" action=\"/logout\">"))
                .body(containsString("<button type=\"submit\" class=\"link-button\">Sign out</button>"))
                .body(not(containsString("href=\"/login\"")));
    }

    @Test
    void anonymousPagesOfferSignInAndRegistration() {
        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("<a href=\"/login\">Sign in</a>"))
                .body(containsString("<a href=\"/register\">Register</a>"))
                .body(not(containsString("Signed in as")));
    }

    @Test
    void theSignInPageSendsSomeoneSignedInHome() {
        String name = uniqueUsername("signin");
        AccountsOverHttp.register(name, "Already In");
        String session = AccountsOverHttp.signIn(name, PASSWORD);

        given().redirects().follow(false).cookie(SESSION_COOKIE, session)
                .when().get("/login")
                .then().statusCode(303)
                .header("Location", endsWith("/"));
    }
}
