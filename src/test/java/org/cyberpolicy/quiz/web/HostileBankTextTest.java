package org.cyberpolicy.quiz.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Bank text is data, never markup: whatever an instructor writes is shown escaped. */
@QuarkusTest
@TestProfile(HostileBankTextTest.HostileBank.class)
class HostileBankTextTest {

    public static class HostileBank implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quiz.bank.dir", "src/test/resources/banks/hostile");
        }
    }

    @Test
    void markupInAQuizTitleAndDescriptionIsEscaped() {
        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(&#39;quiz&#39;)&lt;/script&gt;"))
                .body(containsString("Uses &quot;quotes&quot; &amp; &lt;i&gt;tags&lt;/i&gt;"))
                .body(not(containsString("<script>")))
                .body(not(containsString("<i>tags</i>")));
    }
}
