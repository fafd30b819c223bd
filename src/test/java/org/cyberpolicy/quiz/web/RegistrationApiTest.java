package org.cyberpolicy.quiz.web;

import static io.restassured.RestAssured.given;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.PASSWORD;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.uniqueUsername;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cyberpolicy.quiz.testing.AccountsOverHttp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** {@code POST /api/register}: JSON in, the new account or every problem out. */
@QuarkusTest
@Tag("database")
class RegistrationApiTest {

    private static Map<String, Object> registration(String username) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", PASSWORD);
        body.put("displayName", "Zoë Ångström");
        return body;
    }

    @Test
    void createsAStudentAndAnswers201WithTheAccountAndItsLocation() {
        String name = uniqueUsername("api");
        Map<String, Object> body = registration(name);
        body.put("studentNumber", "S-2024-17");

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/register")
                .then().statusCode(201)
                .contentType(startsWith("application/json"))
                .header("Location", endsWith("/api/me"))
                .body("username", equalTo(name))
                .body("displayName", equalTo("Zoë Ångström"))
                .body("studentNumber", equalTo("S-2024-17"));
    }

    @Test
    void neverReturnsThePasswordOrItsHash() {
        given().contentType(ContentType.JSON).body(registration(uniqueUsername("api")))
                .when().post("/api/register")
                .then().statusCode(201)
                .body("$", not(hasKey("password")))
                .body("$", not(hasKey("passwordHash")))
                .body(not(containsString("$2")))
                .body(not(containsString(PASSWORD)));
    }

    @Test
    void storesTheUsernameInLowerCase() {
        String name = uniqueUsername("api");

        given().contentType(ContentType.JSON).body(registration(" " + name.toUpperCase() + " "))
                .when().post("/api/register")
                .then().statusCode(201)
                .body("username", equalTo(name))
                .body("studentNumber", nullValue());
    }

    @Test
    void aTakenUsernameIs409EvenInAnotherCase() {
        String name = uniqueUsername("api");
        AccountsOverHttp.register(name, "First");

        given().contentType(ContentType.JSON).body(registration(name.toUpperCase()))
                .when().post("/api/register")
                .then().statusCode(409)
                .body("error", equalTo("that username is taken"))
                .body("problems", equalTo(List.of("that username is taken")));
    }

    @ParameterizedTest(name = "{0}={1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            username      | ''                                  | username is required
            username      | ab                                  | username must be 3 to 32 characters long
            username      | abcdefghijklmnopqrstuvwxyz0123456   | username must be 3 to 32 characters long
            username      | no spaces                           | username may contain only letters a-z, digits 0-9, '.', '_' and '-'
            username      | ünïcode                             | username may contain only letters a-z, digits 0-9, '.', '_' and '-'
            password      | ''                                  | password is required
            password      | nine char                           | password must be at least 10 characters long
            displayName   | '   '                               | display name is required
            displayName   | 'Bell\u0007'                        | display name must not contain control characters
            displayName   | 'Evil\u202Eeman'                    | display name must not contain control characters
            studentNumber | 'S 123'                             | student number may contain only letters, digits and '-'
            studentNumber | 123456789012345678901234567890123   | student number must be at most 32 characters long
            """)
    void eachRuleHasItsOwnMessage(String field, String value, String message) {
        Map<String, Object> body = registration(uniqueUsername("api"));
        body.put(field, unescape(value));

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/register")
                .then().statusCode(400)
                .body("error", equalTo("the registration is invalid"))
                .body("problems", equalTo(List.of(message)));
    }

    @Test
    void aPasswordEqualToTheUsernameIsRefused() {
        String name = uniqueUsername("same-as-name");
        Map<String, Object> body = registration(name);
        body.put("password", name.toUpperCase());

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/register")
                .then().statusCode(400)
                .body("problems", equalTo(List.of("password must not contain your username")));
    }

    @Test
    void aDisplayNameOfMoreThan100CharactersIsRefused() {
        Map<String, Object> body = registration(uniqueUsername("api"));
        body.put("displayName", "x".repeat(101));

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/register")
                .then().statusCode(400)
                .body("problems", hasItem("display name must be at most 100 characters long"));
    }

    @Test
    void aPasswordOfMoreThan72BytesIsRefused() {
        Map<String, Object> body = registration(uniqueUsername("api"));
        body.put("password", "plum harbour violin kettle ".repeat(3));

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/register")
                .then().statusCode(400)
                .body("problems", hasItem(startsWith("password must be at most 72 bytes long")));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "a", "password", "a", "displayName", ""))
                .when().post("/api/register")
                .then().statusCode(400)
                .body("problems", equalTo(List.of("username must be 3 to 32 characters long",
                        "display name is required", "password must be at least 10 characters long")));
    }

    @Test
    void malformedJsonIs400WithAMessage() {
        given().contentType(ContentType.JSON).body("{\"username\": ")
                .when().post("/api/register")
                .then().statusCode(400)
                .contentType(startsWith("application/json"))
                .body("error", startsWith("the request body is not valid JSON"));
    }

    @Test
    void aFieldOfTheWrongTypeIs400NamingTheField() {
        given().contentType(ContentType.JSON).body("{\"username\": [\"a\"], \"password\": \"x\"}")
                .when().post("/api/register")
                .then().statusCode(400)
                .body("error", equalTo("the request body's 'username' does not have the expected type"));
    }

    @Test
    void aMissingBodyIs400() {
        given().contentType(ContentType.JSON)
                .when().post("/api/register")
                .then().statusCode(400)
                .body("error", equalTo("a JSON body is required"));
    }

    @Test
    void needsNoCsrfTokenButOnlyAcceptsJson() {
        given().contentType(ContentType.TEXT).body("username=x")
                .when().post("/api/register")
                .then().statusCode(415);
    }

    /** CSV cannot hold control characters literally; {@code \\uXXXX} stands for one. */
    private static String unescape(String value) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            if (value.startsWith("\\u", i)) {
                text.append((char) Integer.parseInt(value.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                text.append(value.charAt(i));
            }
        }
        return text.toString();
    }
}
