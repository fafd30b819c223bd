package org.cyberpolicy.quiz.web.instructor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.cyberpolicy.quiz.testing.Browser;
import org.cyberpolicy.quiz.testing.HostileBankProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The bank page and the editor show a hostile bank's text as text, never as markup. */
@QuarkusTest
@TestProfile(HostileBankProfile.class)
class BankPageEscapesBankTextTest {

    @Test
    void theBankPageEscapesEveryKindOfItem() {
        Browser.signedInAs(TestAccounts.instructor()).get("/instructor/bank").then().statusCode(200)
                .body(containsString("&lt;b&gt;Evil&lt;/b&gt; Times"))
                .body(containsString("A fact with &lt;em&gt;markup&lt;/em&gt;."))
                .body(containsString("&lt;img src=x onerror=alert(1)&gt;"))
                .body(containsString("&lt;script&gt;alert(&#39;quiz&#39;)&lt;/script&gt;"))
                .body(not(containsString("<script>")))
                .body(not(containsString("<img")))
                .body(not(containsString("<em>markup")));
    }

    @Test
    void theEditorEscapesTheFile() {
        Browser.signedInAs(TestAccounts.instructor()).get("/instructor/bank/files/hostile.yaml").then()
                .statusCode(200)
                .body(containsString("prompt: &quot;&lt;img src=x onerror=alert(1)&gt;&quot;"))
                .body(not(containsString("<img")))
                .body(not(containsString("<script>alert")));
    }
}
