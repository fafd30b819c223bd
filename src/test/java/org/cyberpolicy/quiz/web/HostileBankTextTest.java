package org.cyberpolicy.quiz.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.cyberpolicy.quiz.testing.Browser;
import org.cyberpolicy.quiz.testing.HostileBankProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Bank text is data, never markup: whatever an instructor writes is shown escaped. */
@QuarkusTest
@TestProfile(HostileBankProfile.class)
class HostileBankTextTest {

    @Test
    void markupInAQuizTitleAndDescriptionIsEscaped() {
        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(&#39;quiz&#39;)&lt;/script&gt;"))
                .body(containsString("Uses &quot;quotes&quot; &amp; &lt;i&gt;tags&lt;/i&gt;"))
                .body(not(containsString("<script>")))
                .body(not(containsString("<i>tags</i>")));
    }

    @Test
    void markupInBankTextIsEscapedOnTheInstructorPages() {
        String student = TestAccounts.student();
        long attempt = TestAccounts.as(student).post("/api/quizzes/hostile/attempts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        TestAccounts.as(student).body(Map.of("responses", Map.of("q1", true)))
                .post("/api/attempts/" + attempt + "/submit").then().statusCode(200);
        Browser instructor = Browser.signedInAs(TestAccounts.instructor());

        for (String page : List.of("/instructor", "/instructor/quizzes/hostile/results",
                "/instructor/quizzes/hostile/analysis", "/instructor/attempts/" + attempt)) {
            instructor.get(page).then().statusCode(200)
                    .body(containsString("&lt;script&gt;alert(&#39;quiz&#39;)&lt;/script&gt;"))
                    .body(not(containsString("<script>")))
                    .body(not(containsString("<img src=x")));
        }
        instructor.get("/instructor/quizzes/hostile/analysis").then()
                .body(containsString("&lt;img src=x onerror=alert(1)&gt;"));
    }
}
