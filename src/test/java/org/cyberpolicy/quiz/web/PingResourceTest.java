package org.cyberpolicy.quiz.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PingResourceTest {

    @Test
    void answersOkInPlainTextWithoutSignIn() {
        given().redirects().follow(false)
                .when().get("/ping")
                .then().statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(equalTo("ok"));
    }

    @Test
    void refusesAPost() {
        given().redirects().follow(false)
                .when().post("/ping")
                .then().statusCode(405);
    }
}
