package org.cyberpolicy.quiz.web.instructor;

import static io.restassured.RestAssured.given;
import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.testing.Browser;
import org.cyberpolicy.quiz.testing.EditableBankProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The bank pages and the bank API are the instructors': students get 403, anonymous visitors must sign in. */
@QuarkusTest
@TestProfile(EditableBankProfile.class)
class BankAccessTest {

    private static final Path FILE = Path.of(EditableBankProfile.DIR, EditableBankProfile.FILE);
    private static final String EDITOR = "/instructor/bank/files/" + EditableBankProfile.FILE;

    @Inject
    CurrentBank currentBank;

    @ParameterizedTest
    @ValueSource(strings = { "/instructor/bank", EDITOR })
    void anAnonymousBrowserIsSentToSignInFromTheBankPages(String page) {
        given().redirects().follow(false).when().get(page)
                .then().statusCode(302).header("Location", endsWith("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/instructor/bank/reload", EDITOR })
    void anAnonymousFormPostIsSentToSignInAndChangesNothing(String action) throws IOException {
        byte[] before = Files.readAllBytes(FILE);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("content", "quizzes: []\n").formParam("hash", "0")
                .when().post(action)
                .then().statusCode(302).header("Location", endsWith("/login"));
        assertArrayEquals(before, Files.readAllBytes(FILE));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/instructor/bank", EDITOR })
    void aStudentMayNotSeeTheBankPages(String page) {
        Browser.signedInAs(TestAccounts.student()).get(page).then().statusCode(403);
    }

    @Test
    void aStudentMayNotReloadTheBank() {
        Browser student = Browser.signedInAs(TestAccounts.student());
        student.get("/");
        student.post("/instructor/bank/reload", Map.of()).then().statusCode(403);
    }

    @Test
    void aStudentMayNotSaveABankFile() throws IOException {
        byte[] before = Files.readAllBytes(FILE);
        String version = currentBank.get().version();
        Browser student = Browser.signedInAs(TestAccounts.student());
        student.get("/");

        student.post(EDITOR, Map.of("content", "quizzes: []\n", "hash", "0")).then().statusCode(403);

        assertArrayEquals(before, Files.readAllBytes(FILE));
        assertEquals(version, currentBank.get().version());
    }

    @ParameterizedTest
    @ValueSource(strings = { "/instructor/bank", EDITOR })
    void anInstructorSeesTheBankPages(String page) {
        Browser.signedInAs(TestAccounts.instructor()).get(page).then().statusCode(200);
    }

    @Test
    void anAnonymousScriptGetsABasicChallengeFromTheBankApi() {
        given().redirects().follow(false).when().get("/api/instructor/bank/status")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Basic realm="));
        given().redirects().follow(false).contentType("application/json").when().post("/api/instructor/bank/reload")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Basic realm="));
    }

    @Test
    void aStudentMayNotUseTheBankApi() {
        String student = TestAccounts.student();
        as(student).get("/api/instructor/bank/status").then().statusCode(403);
        as(student).post("/api/instructor/bank/reload").then().statusCode(403);
    }

    @Test
    void anInstructorUsesTheBankApi() {
        String instructor = TestAccounts.instructor();
        as(instructor).get("/api/instructor/bank/status").then().statusCode(200);
        as(instructor).post("/api/instructor/bank/reload").then().statusCode(200);
    }
}
