package org.cyberpolicy.quiz.account.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.cyberpolicy.quiz.testing.PackagedApp;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * The packaged app started as the README starts it, with no session key configured: the key it uses is made once in
 * the data folder and never written to the log, and a session signed in before a restart is still signed in after. The
 * build itself carries no key: none is recorded into the jar, where anyone holding it could forge sessions.
 */
class SessionKeyIT {

    private static final String PASSWORD = "a long enough password";

    @TempDir
    Path dataDir;

    @AutoClose("kill")
    private PackagedApp app;

    @Test
    void neitherBuildCarriesASessionKey() throws Exception {
        for (Path jar : List.of(PackagedApp.JAR, PackagedApp.POSTGRESQL_JAR)) {
            Path generated = jar.resolveSibling("quarkus/generated-bytecode.jar");
            if (jar.equals(PackagedApp.POSTGRESQL_JAR) && Files.notExists(generated)) {
                continue; // built only with the Maven profile postgresql
            }
            assertEquals(List.of(), classesNaming(generated, SessionKeySource.KEY),
                    "the build recorded a value of " + SessionKeySource.KEY + " into " + generated);
        }
    }

    /** Classes whose constants hold exactly this string, as a recorded configuration value's name would be. */
    private static List<String> classesNaming(Path jar, String name) throws Exception {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        byte[] constant = new byte[utf8.length + 3];
        constant[0] = 1; // CONSTANT_Utf8, then its length in two bytes
        constant[1] = (byte) (utf8.length >> 8);
        constant[2] = (byte) utf8.length;
        System.arraycopy(utf8, 0, constant, 3, utf8.length);
        List<String> naming = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    if (contains(in.readAllBytes(), constant)) {
                        naming.add(entry.getName());
                    }
                }
            }
        }
        return naming;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

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
