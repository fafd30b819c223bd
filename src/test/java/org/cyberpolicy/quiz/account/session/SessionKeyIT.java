package org.cyberpolicy.quiz.account.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.cyberpolicy.quiz.testing.PackagedApp;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * The packaged app started as the README starts it, with no session key configured: the key it uses is made once in
 * the data folder and never written to the log, and a session signed in before a restart is still signed in after.
 */
class SessionKeyIT {

    private static final String PASSWORD = "a long enough password";

    @TempDir
    Path dataDir;

    @AutoClose("kill")
    private PackagedApp app;

    @Test
    void noSessionKeyReachesTheLogAndSessionsSurviveARestart() throws Exception {
        app = PackagedApp.in(dataDir).env("QUIZ_INSTRUCTOR_PASSWORD", "instructor password for the test").build();
        app.start();
        RestAssured.given().port(app.port()).contentType(ContentType.JSON)
                .body(Map.of("username", "key-student", "password", PASSWORD, "displayName", "Key Student"))
                .post("/api/register").then().statusCode(201);
        String session = RestAssured.given().port(app.port()).redirects().follow(false)
                .formParams("j_username", "key-student", "j_password", PASSWORD).post("/j_security_check")
                .then().statusCode(302).extract().cookie("quarkus-credential");
        assertNotNull(session, "the form sign-in set no session cookie");

        app.stopGracefully();
        app.start();

        RestAssured.given().port(app.port()).cookie("quarkus-credential", session).get("/api/me").then()
                .statusCode(200);
        String key = Files.readString(dataDir.resolve(SessionKeySource.FILE)).strip();
        String log = Files.readString(app.log());
        assertFalse(log.contains(key), "the session key is in the log");
        assertFalse(log.toLowerCase().contains("temporary key"), "Quarkus made up a temporary key:\n" + log);
    }
}
