package org.cyberpolicy.quiz.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A signed-in browser, as far as the server can tell: it keeps cookies, signs in through the login form, and sends
 * forms with the CSRF token the last page carried. It follows no redirects, so tests see them.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private String csrfToken = "";

    public static Browser signedInAs(String username) {
        Browser browser = new Browser();
        Response login = browser.request().formParam("j_username", username)
                .formParam("j_password", TestAccounts.PASSWORD).post("/j_security_check");
        browser.keep(login);
        assertTrue(browser.cookies.containsKey("quarkus-credential"), "sign-in failed: " + login.statusLine());
        return browser;
    }

    public RequestSpecification request() {
        return RestAssured.given().redirects().follow(false).cookies(cookies);
    }

    /** GETs a page, remembering its cookies and CSRF token. */
    public Response get(String path) {
        Response page = request().get(path);
        keep(page);
        Matcher token = CSRF.matcher(page.asString());
        if (token.find()) {
            csrfToken = token.group(1);
        }
        return page;
    }

    /** POSTs a form with the CSRF token of the last page. */
    public Response post(String path, Map<String, ?> fields) {
        Response response = request().contentType("application/x-www-form-urlencoded").formParams(fields)
                .formParam("csrf-token", csrfToken).post(path);
        keep(response);
        return response;
    }

    private void keep(Response response) {
        cookies.putAll(response.getCookies());
    }
}
