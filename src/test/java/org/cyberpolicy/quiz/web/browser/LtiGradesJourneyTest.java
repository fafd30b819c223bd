package org.cyberpolicy.quiz.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.lti.LtiGradeSend;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.cyberpolicy.quiz.testing.browser.BrowserJourney;
import org.cyberpolicy.quiz.testing.browser.JourneyPage;
import org.cyberpolicy.quiz.testing.browser.Screen;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The instructor's grade passback page in Chromium: a score the platform refused shows with the platform's answer
 * (as text, never as markup), and its Resend button (a CSRF form) queues it again.
 */
@QuarkusTest
class LtiGradesJourneyTest extends BrowserJourney {

    @Test
    void anInstructorSeesAFailedScoreWithThePlatformsAnswerAndResendsIt() {
        String student = TestAccounts.student();
        String lineitem = "https://lms.example.edu/lineitems/" + UUID.randomUUID() + "/lineitem";
        QuarkusTransaction.requiringNew().run(() -> {
            LtiGradeSend row = new LtiGradeSend();
            row.accountId = Account.findByUsername(student).orElseThrow().id;
            row.issuer = "https://lms.example.edu";
            row.clientId = "journey";
            row.userSub = "sub-" + student;
            row.quizId = IndictmentsExam.QUIZ_ID;
            row.lineitemUrl = lineitem;
            row.scoreGiven = new BigDecimal("3.5");
            row.scoreMaximum = BigDecimal.TEN;
            row.activityProgress = "Submitted";
            row.gradingProgress = "FullyGraded";
            row.scoredAt = Instant.now();
            row.reason = "graded";
            row.state = LtiGradeSend.FAILED;
            row.tries = 1;
            row.lastStatus = 400;
            row.lastAnswer = "invalid_score: <img src=x> is not a user";
            row.createdAt = Instant.now();
            row.persist();
        });
        String instructor = TestAccounts.instructor();
        JourneyPage tab = open(Screen.DESKTOP);
        new StudentSite(tab, "lti-grades").signIn(instructor, TestAccounts.PASSWORD);
        Page page = tab.page();
        tab.go("/instructor/lti");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Grades sent to the platforms")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Grades sent to the platforms");
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(student));
        assertThat(row).containsText("3.5 / 10");
        assertThat(row).containsText("failed");
        assertThat(row).containsText("HTTP 400: invalid_score: <img src=x> is not a user");
        assertThat(page.locator("main img")).hasCount(0);
        tab.check("lti-grades-failed");

        row.getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The score will be sent again in a moment.");
        tab.check("lti-grades-resent");
    }
}
