package org.cyberpolicy.quiz.web;

import static io.restassured.RestAssured.given;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.uniqueUsername;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cyberpolicy.quiz.account.Account;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * What registration refuses beyond the shape of its fields: passwords attackers try first, passwords longer than
 * bcrypt reads, and names that pass for staff. Each refusal says what to change.
 */
@QuarkusTest
@Tag("database")
class RegistrationRulesTest {

    private static final String GOOD_PASSWORD = "plum harbour violin kettle";

    private static Map<String, Object> registration(String username, String displayName, String password) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", password);
        body.put("displayName", displayName);
        return body;
    }

    private static io.restassured.response.ValidatableResponse register(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/register").then();
    }

    private static void signsIn(String username, String password, int status) {
        given().auth().preemptive().basic(username, password).get("/api/me").then().statusCode(status);
    }

    @Test
    void aGoodPassphraseIsAccepted() {
        register(registration(uniqueUsername("good"), "Good Student", GOOD_PASSWORD)).statusCode(201);
    }

    @Test
    void oneCharacterRepeatedIsRefused() {
        register(registration(uniqueUsername("weak"), "Weak Student", "aaaaaaaaaa")).statusCode(400)
                .body("problems", equalTo(List.of("password must not be one character or a short group of characters"
                        + " repeated (like aaaaaaaaaa or abcabcabca); a few unrelated words make a strong one")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0123456789", "abcdefghijkl", "9876543210", "7890123456" })
    void aRunOfLettersOrDigitsIsRefused(String password) {
        register(registration(uniqueUsername("weak"), "Weak Student", password)).statusCode(400)
                .body("problems", hasItem(startsWith("password must not be a run of letters or digits in order")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Password2024!", "p@ssw0rd123", "qwertyuiop", "1q2w3e4r5t6y", "Hafnium2021!",
            "Summer2021!!", "cyberpolicy-quiz", "Correct Horse Battery Staple", "!!Liverpool!!" })
    void aCommonPasswordIsRefusedEvenDressedUp(String password) {
        register(registration(uniqueUsername("weak"), "Weak Student", password)).statusCode(400)
                .body("problems", hasItem(startsWith("password is too common: it is on the list of passwords that are"
                        + " tried first")));
    }

    @Test
    void aPasswordContainingTheUsernameIsRefused() {
        String name = uniqueUsername("mine");

        register(registration(name, "Owner Of It", "My " + name.toUpperCase() + " rocks")).statusCode(400)
                .body("problems", equalTo(List.of("password must not contain your username")));
    }

    @Test
    void aPasswordContainingTheDisplayNameIsRefused() {
        register(registration(uniqueUsername("named"), "Ada Lovelace", "ada lovelace forever 1815")).statusCode(400)
                .body("problems", equalTo(List.of("password must not contain your display name")));
    }

    @Test
    void aPasswordOfMoreThan72BytesIsRefusedEvenInFewerCharacters() {
        // 37 characters, 74 bytes: bcrypt would read only the first 72.
        register(registration(uniqueUsername("long"), "Long Password", "é".repeat(36) + "x")).statusCode(400)
                .body("problems", equalTo(List.of("password must be at most 72 bytes long: that is 72 letters, digits"
                        + " or signs without accents, fewer with accented letters, other alphabets or emoji;"
                        + " shorten it")));
    }

    @Test
    void aPasswordOf72BytesIsAccepted() {
        String name = uniqueUsername("exact");
        String password = "the quick brown fox jumps over the lazy dog while the cat sleeps on a mat";
        String seventyTwo = password.substring(0, 72);
        register(registration(name, "Exact Length", seventyTwo)).statusCode(201);

        signsIn(name, seventyTwo, 200);
        signsIn(name, seventyTwo.substring(0, 71), 401);
    }

    @Test
    void anAccountMadeBeforeWithALongerPasswordStillSignsInWithIt() {
        // Registration allowed 128 characters before: such accounts keep working as they were.
        String name = uniqueUsername("older");
        String password = "an old and very long passphrase from before the limit, " + "x".repeat(40);
        QuarkusTransaction.requiringNew().run(() -> Account.create(name, password, Account.STUDENT, "Older", null));

        signsIn(name, password, 200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "instructor", "instructor.", "instructor2", "1nstructor", "admin", "adm1n", "teacher",
            "mr.teacher", "root", "staff_01", "moderator" })
    void aUsernameThatPassesForStaffIsRefused(String username) {
        register(registration(username, "Just A Student", GOOD_PASSWORD)).statusCode(400)
                .body("problems", hasItem(startsWith("username looks like '")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "lti-abcdefghij", "deleted-42", "Deleted-7" })
    void aUsernameTheAppGivesItsOwnAccountsIsRefused(String username) {
        register(registration(username, "Just A Student", GOOD_PASSWORD)).statusCode(400)
                .body("problems", hasItem(startsWith("usernames starting with '")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Instructor", "Іnstructor", "ＩＮＳＴＲＵＣＴＯＲ", "Instrυctor", "In-struc-tor",
            "Your Teacher", "Admin", "Аdmin", "Professor X", "ADM1N", "System" })
    void aDisplayNameThatPassesForStaffIsRefused(String displayName) {
        register(registration(uniqueUsername("imitates"), displayName, GOOD_PASSWORD)).statusCode(400)
                .body("problems", equalTo(List.of("display name looks like '" + expectedWord(displayName)
                        + "', which is kept for staff; choose a name that is clearly yours")));
    }

    private static String expectedWord(String displayName) {
        String lower = displayName.toLowerCase();
        if (lower.contains("teach")) {
            return "teacher";
        }
        if (lower.contains("prof")) {
            return "professor";
        }
        if (lower.contains("system")) {
            return "system";
        }
        return lower.contains("dm") ? "admin" : "instructor";
    }

    @Test
    void aDisplayNameThatPassesForAnInstructorAccountIsRefused() {
        String instructor = uniqueUsername("okafor");
        String suffix = instructor.substring(instructor.indexOf('-') + 1);
        QuarkusTransaction.requiringNew().run(() -> Account.create(instructor, GOOD_PASSWORD, Account.INSTRUCTOR,
                "Dr Jane Okafor " + suffix, null));
        // A Cyrillic а in Jane.
        String lookalike = "Dr J\u0430ne Okafor " + suffix;

        register(registration(uniqueUsername("student"), lookalike, GOOD_PASSWORD)).statusCode(400)
                .body("problems", equalTo(List.of("display name looks like the name of a staff account; choose a"
                        + " name that is clearly yours")));
        register(registration(uniqueUsername("student"), instructor.toUpperCase(), GOOD_PASSWORD)).statusCode(400);
    }

    @Test
    void aUsernameThatPassesForAnInstructorAccountIsRefused() {
        String instructor = uniqueUsername("okafor");
        QuarkusTransaction.requiringNew().run(() -> Account.create(instructor, GOOD_PASSWORD, Account.INSTRUCTOR,
                "Dr Okafor", null));

        register(registration(instructor.replace('-', '.') + "7", "Someone Else", GOOD_PASSWORD)).statusCode(400)
                .body("problems", equalTo(List.of("username looks like the name of a staff account; choose one that"
                        + " does not")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Badminton Fan", "Joe Root", "Rootes", "Adminah", "Zoë Ångström", "Ирина Петрова",
            "李小龙", "Staffordshire Bull" })
    void namesThatOnlyContainARoleWordInsideAnotherWordAreFine(String displayName) {
        register(registration(uniqueUsername("fine"), displayName, GOOD_PASSWORD)).statusCode(201);
    }
}
