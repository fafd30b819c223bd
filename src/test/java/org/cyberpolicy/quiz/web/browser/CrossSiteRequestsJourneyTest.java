package org.cyberpolicy.quiz.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.cyberpolicy.quiz.testing.TestAccounts;
import org.cyberpolicy.quiz.testing.browser.BrowserJourney;
import org.cyberpolicy.quiz.testing.browser.JourneyPage;
import org.cyberpolicy.quiz.testing.browser.OtherSite;
import org.cyberpolicy.quiz.testing.browser.Screen;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.HttpCredentials;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Pages of other sites, in a real Chromium, try to act for a student who visits them: each auto-posts a form to the
 * app. The app refuses every one before it signs anyone in (403, our page), and nothing changes.
 */
@QuarkusTest
class CrossSiteRequestsJourneyTest extends BrowserJourney {

    private static final String EXAM = IndictmentsExam.QUIZ_ID;

    /** A page that posts itself, as soon as it loads, to {@code action} with {@code enctype} and these fields. */
    private static String autoPosting(String action, String enctype, String fields) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>Win a prize</title></head><body>"
                + "<form method=\"post\" action=\"" + action + "\" enctype=\"" + enctype + "\">" + fields
                + "</form><script>document.forms[0].submit()</script></body></html>";
    }

    private String app(String path) {
        return base().toString().replaceAll("/$", "") + path;
    }

    private static long openExam(String student) {
        return TestAccounts.as(student).post("/api/quizzes/" + EXAM + "/attempts").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    private static String stateOf(String student, long attempt) {
        return TestAccounts.as(student).get("/api/attempts/" + attempt).then().statusCode(200).extract().jsonPath()
                .getString("state");
    }

    /** Opens the other site's page and waits for the answer to the form it posts. */
    private static Response visit(JourneyPage tab, OtherSite site, String formTarget) {
        return tab.page().waitForResponse(response -> response.url().startsWith(formTarget)
                && "POST".equals(response.request().method()), () -> tab.page().navigate(site.url()));
    }

    @Test
    void anotherSitesFormCannotSubmitAnAttemptWithTheBasicCredentialsTheBrowserKeeps() throws Exception {
        String student = TestAccounts.student();
        long attempt = openExam(student);
        String target = app("/api/attempts/" + attempt + "/submit");
        JourneyPage tab = open(Screen.DESKTOP, options -> options.setHttpCredentials(
                new HttpCredentials(student, TestAccounts.PASSWORD)));

        try (OtherSite site = OtherSite.serving("127.0.0.1", autoPosting(target, "text/plain",
                "<input name='{\"a\":\"' value='\"}'>"))) {
            Response answer = visit(tab, site, target);

            assertEquals(403, answer.status());
        }
        assertEquals("open", stateOf(student, attempt));
    }

    @Test
    void aPageOnAnotherPortOfTheSameHostCannotStartAnExamWithTheSessionCookie() throws Exception {
        String student = TestAccounts.student();
        JourneyPage tab = open(Screen.DESKTOP);
        new StudentSite(tab, "cross-site").signIn(student, TestAccounts.PASSWORD);
        String target = app("/quizzes/" + EXAM + "/attempts");

        try (OtherSite site = OtherSite.serving("localhost", autoPosting(target, "text/plain",
                "<input name='start' value='now'>"))) {
            Response answer = visit(tab, site, target);

            assertEquals(403, answer.status());
        }
        assertThat(tab.page().getByRole(AriaRole.HEADING)).hasText("Not allowed");
        tab.check("cross-site-refused");
        assertEquals(List.of(0), TestAccounts.as(student).get("/api/quizzes").then().extract().jsonPath()
                .getList("findAll { it.id == '" + EXAM + "' }.attemptsUsed"));
    }

    @Test
    void anotherSiteCannotSignTheBrowserInToAnAccountOfItsChoosing() throws Exception {
        String attacker = TestAccounts.student();
        JourneyPage tab = open(Screen.DESKTOP);
        String target = app("/j_security_check");

        try (OtherSite site = OtherSite.serving("127.0.0.1", autoPosting(target,
                "application/x-www-form-urlencoded", "<input name='j_username' value='" + attacker + "'>"
                        + "<input name='j_password' value='" + TestAccounts.PASSWORD + "'>"))) {
            Response answer = visit(tab, site, target);

            assertEquals(403, answer.status());
        }
        tab.go("/");
        assertThat(tab.page().getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Account")))
                .containsText("Sign in");
    }
}
