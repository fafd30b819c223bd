package org.cyberpolicy.quiz.people;

import static io.restassured.RestAssured.given;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.CSRF_COOKIE;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.CSRF_FIELD;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.SESSION_COOKIE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.testing.AccountsOverHttp;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Issue 19 over HTTP: staff accounts and their one-time links, deactivation, sections and join codes, roster import
 * (preview changes nothing, apply creates, refused rows say their line and why), password resets, and the section
 * filter of exports, with assistants kept to their sections.
 */
@QuarkusTest
@Tag("database")
class PeopleApiTest {

    private static final String NEW_PASSWORD = "violet staircase murmurs";

    private final String instructor = TestAccounts.instructor();

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String tokenOf(String link) {
        return link.substring(link.indexOf("/link/") + "/link/".length());
    }

    /** A new assistant of the section, whose password (NEW_PASSWORD) was set through their one-time link. */
    private String assistantOf(String section) {
        String assistant = unique("asst-");
        String link = TestAccounts.as(instructor)
                .body(Map.of("username", assistant, "displayName", "Assistant " + assistant, "role", "assistant"))
                .post("/api/instructor/people/staff").then().statusCode(201).extract().path("link");
        useLink(tokenOf(link), NEW_PASSWORD);
        TestAccounts.as(instructor).put("/api/instructor/sections/" + section + "/assistants/" + assistant).then()
                .statusCode(200);
        return assistant;
    }

    /** Uses a one-time link as a browser does: its page, its form (CSRF), then the 307 to the sign-in form. */
    private static Response useLink(String token, String password) {
        Response page = given().get("/link/" + token).then().statusCode(200).extract().response();
        AccountsOverHttp.Csrf csrf = AccountsOverHttp.csrfFrom(page);
        return given().redirects().follow(false).cookie(CSRF_COOKIE, csrf.cookie())
                .formParam(CSRF_FIELD, csrf.token()).formParam("j_password", password)
                .formParam("passwordConfirm", password).post("/link/" + token);
    }

    private static void basicWorks(String username, String password, int status) {
        given().auth().preemptive().basic(username, password).get("/api/me").then().statusCode(status);
    }

    @Test
    void anInstructorCreatesAnAssistantWhoSetsTheirPasswordThroughTheLinkOnce() {
        String username = unique("ta-");
        JsonPath created = TestAccounts.as(instructor)
                .body(Map.of("username", username, "displayName", "Teaching Assistant Lee", "role", "assistant"))
                .post("/api/instructor/people/staff").then().statusCode(201).extract().jsonPath();
        String token = tokenOf(created.getString("link"));

        Response used = useLink(token, NEW_PASSWORD);
        assertEquals(307, used.statusCode());
        assertTrue(used.header("Location").endsWith("/j_security_check"), used.header("Location"));
        basicWorks(username, NEW_PASSWORD, 200);
        // Once used, the link is spent; a wrong one looks the same.
        given().get("/link/" + token).then().statusCode(404).body(containsString("does not work"));
        given().get("/link/" + "x".repeat(43)).then().statusCode(404);

        TestAccounts.as(instructor).get("/api/instructor/people/staff").then().statusCode(200)
                .body("username", hasItem(username));
        // An assistant is staff, but not an instructor: staff, sections, rosters and the bank are refused.
        given().auth().preemptive().basic(username, NEW_PASSWORD).get("/api/instructor/people/staff").then()
                .statusCode(403);
        given().auth().preemptive().basic(username, NEW_PASSWORD).get("/api/instructor/sections").then()
                .statusCode(403);
        given().auth().preemptive().basic(username, NEW_PASSWORD).get("/instructor/bank").then().statusCode(403);
        // A student is refused the lot.
        TestAccounts.as(TestAccounts.student()).get("/api/instructor/people/staff").then().statusCode(403);
    }

    @Test
    void aDeactivatedAccountCannotSignInAndItsSessionsEnd() {
        String student = unique("deact-");
        AccountsOverHttp.register(student, "Student " + student);
        String cookie = AccountsOverHttp.signIn(student, AccountsOverHttp.PASSWORD);

        TestAccounts.as(instructor).post("/api/instructor/people/accounts/" + student + "/deactivate").then()
                .statusCode(200).body("active", equalTo(false));

        given().cookie(SESSION_COOKIE, cookie).get("/api/me").then().statusCode(401);
        basicWorks(student, AccountsOverHttp.PASSWORD, 401);
        Response form = given().redirects().follow(false).formParam("j_username", student)
                .formParam("j_password", AccountsOverHttp.PASSWORD).post("/j_security_check");
        assertTrue(form.getCookie(SESSION_COOKIE) == null || form.getCookie(SESSION_COOKIE).isEmpty(),
                "a deactivated account got a session");

        TestAccounts.as(instructor).post("/api/instructor/people/accounts/" + student + "/reactivate").then()
                .statusCode(200).body("active", equalTo(true));
        basicWorks(student, AccountsOverHttp.PASSWORD, 200);
    }

    @Test
    void aJoinCodeLandsTheNewStudentInItsSectionAndAWrongOneCreatesNothing() {
        String section = unique("join-");
        String code = unique("C").toUpperCase();
        TestAccounts.as(instructor).body(Map.of("id", section, "name", "Group " + section, "joinCode", code))
                .post("/api/instructor/sections").then().statusCode(201).body("joinCode", equalTo(code));

        String wrong = unique("wrongcode-");
        given().contentType(ContentType.JSON).body(Map.of("username", wrong, "password", AccountsOverHttp.PASSWORD,
                "displayName", "Wrong Code", "joinCode", "NOPE-NOPE")).post("/api/register").then().statusCode(400)
                .body("problems", hasItem(containsString("join code")));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(wrong).isPresent()));

        String right = unique("rightcode-");
        given().contentType(ContentType.JSON).body(Map.of("username", right, "password", AccountsOverHttp.PASSWORD,
                "displayName", "Right Code", "joinCode", code.toLowerCase())).post("/api/register").then()
                .statusCode(201);
        TestAccounts.as(instructor).get("/api/instructor/sections/" + section).then().statusCode(200)
                .body("students", equalTo(1));
    }

    @Test
    void aRosterIsPreviewedWithoutChangeThenAppliedWithLinksAndItsRefusedRowsSayWhy() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String section = "Roster " + tag;
        String staff = TestAccounts.instructor();
        String csv = "\uFEFFusername;display name;student number;email;section\r\n"
                + "ann-" + tag + ";\"Ann; the first\";S-1;ann@example.edu;" + section + "\r\n"
                + "bob-" + tag + ";Bob Brown;;;" + section + "\r\n"
                + "Bad Name!;Bad;;;" + section + "\r\n"
                + "bob-" + tag + ";Bob Brown;;;" + section + "\r\n"
                + staff + ";Someone;;;" + section + "\r\n";
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);

        JsonPath preview = TestAccounts.as(instructor).contentType("text/csv").body(body)
                .post("/api/instructor/roster?dryRun=true").then().statusCode(200).extract().jsonPath();
        assertEquals(2, preview.getInt("created"));
        assertEquals(0, preview.getInt("updated"));
        assertEquals(List.of(4, 5, 6), preview.getList("refused.line"));
        assertTrue(preview.getString("refused[1].message").contains("line 3"), preview.prettify());
        assertTrue(preview.getString("refused[2].message").contains("staff"), preview.prettify());
        assertEquals(List.of(section), preview.getList("sectionsCreated"));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> Account.findByUsername("ann-" + tag).isPresent()),
                "the preview created an account");

        JsonPath applied = TestAccounts.as(instructor).contentType("text/csv").body(body)
                .post("/api/instructor/roster").then().statusCode(200).extract().jsonPath();
        assertEquals(2, applied.getInt("created"));
        assertEquals(2, applied.getList("links").size());
        assertEquals("Ann; the first", applied.getString("links[0].displayName"));
        Account ann = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername("ann-" + tag).orElseThrow());
        assertEquals("ann@example.edu", ann.email);
        // No password opens a new account until its link sets one.
        basicWorks("ann-" + tag, AccountsOverHttp.PASSWORD, 401);
        assertEquals(307, useLink(tokenOf(applied.getString("links[0].link")), NEW_PASSWORD).statusCode());
        basicWorks("ann-" + tag, NEW_PASSWORD, 200);

        // The same roster again changes nothing.
        JsonPath again = TestAccounts.as(instructor).contentType("text/csv").body(body)
                .post("/api/instructor/roster?dryRun=true").then().statusCode(200).extract().jsonPath();
        assertEquals(0, again.getInt("created"));
        assertEquals(2, again.getInt("unchanged"));
    }

    @Test
    void aRosterWithAnUnknownColumnOrNotInUtf8IsRefusedWhole() {
        TestAccounts.as(instructor).contentType("text/csv").body("username,display name,shoe size\nx,y,z\n")
                .post("/api/instructor/roster?dryRun=true").then().statusCode(400)
                .body("problems", hasItem(containsString("shoe size")));
        TestAccounts.as(instructor).contentType("text/csv")
                .body(new byte[] { 'u', ',', 'd', '\n', (byte) 0xC3, (byte) 0x28 })
                .post("/api/instructor/roster?dryRun=true").then().statusCode(400)
                .body("problems", hasItem(containsString("UTF-8")));
    }

    @Test
    void aResetLinkEndsEverySessionOnceUsedAndAssistantsResetOnlyTheirSectionsStudents() {
        String student = unique("reset-");
        AccountsOverHttp.register(student, "Student " + student);
        String cookie = AccountsOverHttp.signIn(student, AccountsOverHttp.PASSWORD);
        String other = unique("other-");
        AccountsOverHttp.register(other, "Student " + other);

        String section = unique("sec-");
        TestAccounts.as(instructor).body(Map.of("id", section, "name", "Section " + section))
                .post("/api/instructor/sections").then().statusCode(201);
        TestAccounts.as(instructor).put("/api/instructor/sections/" + section + "/students/" + student).then()
                .statusCode(200);
        String assistant = assistantOf(section);

        given().auth().preemptive().basic(assistant, NEW_PASSWORD).contentType(ContentType.JSON)
                .post("/api/instructor/people/accounts/" + other + "/reset-link").then().statusCode(403);
        String link = given().auth().preemptive().basic(assistant, NEW_PASSWORD).contentType(ContentType.JSON)
                .post("/api/instructor/people/accounts/" + student + "/reset-link").then().statusCode(200)
                .extract().path("link");

        given().cookie(SESSION_COOKIE, cookie).get("/api/me").then().statusCode(200);
        assertEquals(307, useLink(tokenOf(link), NEW_PASSWORD).statusCode());
        given().cookie(SESSION_COOKIE, cookie).get("/api/me").then().statusCode(401);
        basicWorks(student, NEW_PASSWORD, 200);
        basicWorks(student, AccountsOverHttp.PASSWORD, 401);

        // The gradebook names each student's sections; the assistant exports only theirs, and no other section.
        String gradebook = TestAccounts.as(instructor).get("/api/export/gradebook.csv?section=" + section).then()
                .statusCode(200).extract().asString();
        assertTrue(gradebook.startsWith("Username,Display name,Student number,Section,"), gradebook);
        assertTrue(gradebook.contains(student + ",Student " + student + ",,Section " + section), gradebook);
        assertFalse(gradebook.contains(other), gradebook);
        String theirs = given().auth().preemptive().basic(assistant, NEW_PASSWORD).get("/api/export/gradebook.csv")
                .then().statusCode(200).extract().asString();
        assertTrue(theirs.contains(student) && !theirs.contains(other), theirs);
        String elsewhere = unique("elsewhere-");
        TestAccounts.as(instructor).body(Map.of("id", elsewhere, "name", "Elsewhere " + elsewhere))
                .post("/api/instructor/sections").then().statusCode(201);
        given().auth().preemptive().basic(assistant, NEW_PASSWORD).get("/api/export/attempts.csv?section="
                + elsewhere).then().statusCode(403);
        TestAccounts.as(instructor).get("/api/export/attempts.csv?section=no-such-section").then().statusCode(404);
        given().auth().preemptive().basic(assistant, NEW_PASSWORD).get("/api/export/gradebook.csv").then()
                .body(not(containsString(other)));
    }

    @Test
    void anAssistantGrantsASectionAnAccommodationAndReadsMarksOfTheirStudentsOnly() {
        String inside = TestAccounts.student();
        String outside = TestAccounts.student();
        String section = unique("acc-");
        TestAccounts.as(instructor).body(Map.of("id", section, "name", "Section " + section))
                .post("/api/instructor/sections").then().statusCode(201);
        TestAccounts.as(instructor).put("/api/instructor/sections/" + section + "/students/" + inside).then()
                .statusCode(200);
        String assistant = assistantOf(section);
        String quiz = TestAccounts.as(inside).get("/api/quizzes").then().statusCode(200).extract()
                .path("[0].id");
        long insideAttempt = ((Number) TestAccounts.as(inside).post("/api/quizzes/" + quiz + "/attempts").then()
                .extract().path("id")).longValue();
        long outsideAttempt = ((Number) TestAccounts.as(outside).post("/api/quizzes/" + quiz + "/attempts").then()
                .extract().path("id")).longValue();

        given().auth().preemptive().basic(assistant, NEW_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("extraMinutes", 5))
                .put("/api/instructor/quizzes/" + quiz + "/overrides/sections/" + section).then().statusCode(200)
                .body("students", equalTo(1)).body("overrides[0].username", equalTo(inside));
        given().auth().preemptive().basic(assistant, NEW_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("extraMinutes", 5)).put("/api/instructor/quizzes/" + quiz + "/overrides/" + outside)
                .then().statusCode(403);
        given().auth().preemptive().basic(assistant, NEW_PASSWORD).get("/api/instructor/quizzes/" + quiz
                + "/overrides").then().statusCode(200).body("username", hasItem(inside))
                .body("username", not(hasItem(outside)));

        given().auth().preemptive().basic(assistant, NEW_PASSWORD)
                .get("/api/instructor/attempts/" + insideAttempt + "/marks").then().statusCode(200);
        given().auth().preemptive().basic(assistant, NEW_PASSWORD)
                .get("/api/instructor/attempts/" + outsideAttempt + "/marks").then().statusCode(403);
        // Results: the page of the quiz shows the assistant their students only; the bank stays the instructor's.
        String results = given().auth().preemptive().basic(assistant, NEW_PASSWORD)
                .get("/instructor/quizzes/" + quiz + "/results").then().statusCode(200).extract().asString();
        assertTrue(results.contains(inside) || results.contains("Student " + inside), "the assistant's student");
        assertFalse(results.contains(outside), "a student outside the assistant's sections");
        given().auth().preemptive().basic(assistant, NEW_PASSWORD).contentType(ContentType.JSON)
                .post("/api/instructor/quizzes/" + quiz + "/regrade").then().statusCode(403);

        // The item analysis and the class's training view take a section too; another one is not the assistant's.
        given().auth().preemptive().basic(assistant, NEW_PASSWORD)
                .get("/instructor/quizzes/" + quiz + "/analysis?section=" + section).then().statusCode(200);
        String elsewhere = unique("other-");
        TestAccounts.as(instructor).body(Map.of("id", elsewhere, "name", "Other " + elsewhere))
                .post("/api/instructor/sections").then().statusCode(201);
        given().auth().preemptive().basic(assistant, NEW_PASSWORD)
                .get("/instructor/quizzes/" + quiz + "/analysis?section=" + elsewhere).then().statusCode(403);
        given().auth().preemptive().basic(assistant, NEW_PASSWORD)
                .get("/instructor/quizzes/" + quiz + "/results?section=" + elsewhere).then().statusCode(403);
        TestAccounts.as(instructor).get("/instructor/training?section=" + section).then().statusCode(200);
        TestAccounts.as(instructor).get("/instructor/training?section=no-such-section").then().statusCode(404);
        TestAccounts.as(instructor).get("/instructor/quizzes/" + quiz + "/results?section=" + section).then()
                .statusCode(200).body(containsString("Section " + section)).body(not(containsString(outside)));
    }

    @Test
    void anAssistantsStartPageNamesTheirSectionsAndLinksToTheirResultsWithoutWholeSchoolCounts() {
        String section = unique("home-");
        TestAccounts.as(instructor).body(Map.of("id", section, "name", "Tuesday group " + section))
                .post("/api/instructor/sections").then().statusCode(201);
        String assistant = assistantOf(section);

        String page = given().auth().preemptive().basic(assistant, NEW_PASSWORD).get("/instructor").then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("<h1>Assistant</h1>"), page);
        assertTrue(page.contains("<a href=\"/instructor\">Assistant</a>"), "the header leads back to it");
        assertTrue(page.contains("Tuesday group " + section), page);
        assertTrue(page.contains("href=\"/instructor/quizzes/indictments-exam/results\""), page);
        assertFalse(page.contains("Edit the question bank") || page.contains("Graded attempts"),
                "nothing of the instructor's dashboard: " + page);
    }
}
