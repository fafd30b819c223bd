package org.cyberpolicy.quiz.web.student;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The front page lists the shipped bank's quizzes with what a student needs to choose one. */
@QuarkusTest
class HomeResourceTest {

    @Test
    void listsEveryQuizWithItsTitleModeQuestionCountAndTimeLimit() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<h2 id=\"quiz-indictments-exam\"><a href=\"/quizzes/indictments-exam\">The July 2021 indictments</a></h2>"))
                .body(containsString("<span class=\"badge badge-exam\">Exam</span>"))
                .body(containsString("<span>10 questions</span>"))
                .body(containsString("<span>Time limit 15 min</span>"))
                .body(containsString("<span>2 attempts allowed</span>"))
                .body(containsString("<span class=\"badge badge-practice\">Practice</span>"))
                .body(containsString("<span>No time limit</span>"));
    }

    @Test
    void namesTheBankVersionInService() {
        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("Question bank version <code>"))
                .body(containsString("3 sources, 35 facts, 58 questions (+ 58 generated), 5 quizzes"));
    }

    @Test
    void isALanguageTaggedResponsivePageWithOurOwnStylesheetOnly() {
        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
                .body(containsString("<link rel=\"stylesheet\" href=\"/css/app.css\">"))
                .body(org.hamcrest.Matchers.not(containsString("http://")))
                .body(org.hamcrest.Matchers.not(containsString("https://")));
    }

    @Test
    void servesTheStylesheet() {
        given().when().get("/css/app.css")
                .then().statusCode(200)
                .contentType(startsWith("text/css"));
    }
}
