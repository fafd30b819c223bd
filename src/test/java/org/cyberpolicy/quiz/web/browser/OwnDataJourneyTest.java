package org.cyberpolicy.quiz.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.cyberpolicy.quiz.testing.browser.Roles.heading;

import org.cyberpolicy.quiz.testing.ShippedBankCopyProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.cyberpolicy.quiz.testing.browser.BrowserJourney;
import org.cyberpolicy.quiz.testing.browser.JourneyPage;
import org.cyberpolicy.quiz.testing.browser.Screen;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A student asks for their account to be deleted from their account page, in a real Chromium, and an instructor
 * confirms it, keeping the attempts anonymised; the student's password then signs nobody in. Both pages pass axe-core and the Nu
 * checker.
 */
@QuarkusTest
@TestProfile(ShippedBankCopyProfile.class)
class OwnDataJourneyTest extends BrowserJourney {

    @Test
    void aStudentAsksForDeletionAndAnInstructorConfirmsIt() {
        String student = TestAccounts.student();
        JourneyPage studentTab = open(Screen.DESKTOP);
        Page page = studentTab.page();
        signIn(page, student, TestAccounts.PASSWORD);
        studentTab.go("/account");
        assertThat(link(page, "Download everything the app holds about you")).isVisible();
        link(page, "Delete your account").click();
        assertThat(heading(page)).hasText("Delete your account");
        studentTab.check("own-data-deletion");
        page.getByLabel("Your password").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask for my account to be deleted"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("You asked for your account to be deleted");

        JourneyPage instructorTab = open(Screen.DESKTOP);
        Page instructor = instructorTab.page();
        signIn(instructor, "instructor", "test-instructor-password");
        instructorTab.go("/instructor");
        link(instructor, "Account deletion requests").click();
        assertThat(heading(instructor)).hasText("Account deletion requests");
        instructorTab.check("deletion-requests");
        instructor.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Student " + student))
                .getByLabel("Keep them anonymised").check();
        instructor.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Delete the account of Student " + student)).click();
        assertThat(instructor.getByRole(AriaRole.STATUS)).containsText("The account is deleted");

        // (A journey has one tab open at a time: the student's closed when the instructor's opened.)
        TestAccounts.as(student).get("/api/me").then().statusCode(401);
    }

    private static void signIn(Page page, String username, String password) {
        page.navigate("/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Account")))
                .containsText("Signed in as");
    }

    private static com.microsoft.playwright.Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
