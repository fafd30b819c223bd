package org.cyberpolicy.quiz.bank;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BankHealthCheckTest {

    @Test
    void readinessReportsTheBankInService() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("question-bank"))
                .body("checks.find { it.name == 'question-bank' }.data.version", matchesPattern("[0-9a-f]{16}"))
                .body("checks.find { it.name == 'question-bank' }.data.questions", equalTo(58))
                .body("checks.find { it.name == 'question-bank' }.data.generated", equalTo(58));
    }
}
