package org.cyberpolicy.quiz.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cyberpolicy.quiz.testing.TestAccounts;
import org.cyberpolicy.quiz.testing.browser.BrowserJourney;
import org.cyberpolicy.quiz.testing.browser.JourneyPage;
import org.cyberpolicy.quiz.testing.browser.Screen;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The error pages in a real Chromium, checked like every other page (axe, Nu, the phone's width): first a student who
 * mistypes an address, opens the instructor area and follows a stale link, on a phone, each time finding the way
 * back; then every status's page as {@code web.errors.Errors} draws it.
 */
@QuarkusTest
class ErrorPagesJourneyTest extends BrowserJourney {

    @Test
    void aStudentOnAPhoneFindsTheWayBackFromEveryErrorTheyMeet() {
        String student = TestAccounts.student();
        JourneyPage tab = open(Screen.PHONE);
        new StudentSite(tab, "errors").signIn(student, TestAccounts.PASSWORD);
        Page page = tab.page();

        assertEquals(404, status(tab, "/quizzes/indictments-exam/no-such-page"));
        assertThat(page.getByRole(AriaRole.HEADING)).hasText("Not found");
        tab.check("errors-404");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the quizzes")).click();
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Account")))
                .containsText("Signed in as");

        assertEquals(403, status(tab, "/instructor"));
        assertThat(page.getByRole(AriaRole.HEADING)).hasText("Not allowed");
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Your account may not open this page.");
        tab.check("errors-403");

        assertEquals(404, status(tab, "/attempts/999999999"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("There is no attempt 999999999 of yours.");
        tab.check("errors-404-attempt");

        assertEquals(500, status(tab, "/test-only/errors/bug"));
        assertThat(page.getByRole(AriaRole.HEADING)).hasText("Something went wrong");
        tab.check("errors-500");
    }

    @Test
    void everyStatusPageIsAccessibleValidAndFitsAPhone() {
        for (Screen screen : new Screen[] { Screen.DESKTOP, Screen.PHONE }) {
            JourneyPage tab = open(screen);
            for (int status : new int[] { 400, 403, 404, 405, 409, 413, 415, 429, 500, 503 }) {
                assertEquals(status, status(tab, "/test-only/errors/" + status));
                assertThat(tab.page().getByRole(AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Back to the quizzes"))).isVisible();
                tab.check("errors-" + status + "-" + screen.name().toLowerCase());
            }
        }
    }

    private static int status(JourneyPage tab, String path) {
        return tab.page().navigate(path).status();
    }
}
