package org.cyberpolicy.quiz.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.cyberpolicy.quiz.testing.browser.BrowserJourney;
import org.cyberpolicy.quiz.testing.browser.Screen;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A new student, in a real Chromium, on the shipped bank: registers, signs in, takes "The July 2021 indictments"
 * answering every question through its form control (some wrong on purpose), saves half-way, submits, and reads a
 * review whose score is the one those answers earn. Every page passes axe-core (WCAG 2.1 AA) and the Nu checker.
 */
@QuarkusTest
class StudentJourneyTest extends BrowserJourney {

    @Test
    void aNewStudentTakesTheIndictmentsExamAndTheReviewShowsTheScoreEarned() {
        takeTheExam(new StudentSite(open(Screen.DESKTOP), "desktop"));
    }

    @Test
    void theSameJourneyWorksWithJavaScriptSwitchedOff() {
        takeTheExam(new StudentSite(open(Screen.DESKTOP_WITHOUT_JAVASCRIPT), "nojs"));
    }

    @Test
    void theSameJourneyWorksOnAPhoneWithoutSidewaysScrolling() {
        takeTheExam(new StudentSite(open(Screen.PHONE), "phone"));
    }

    /* The answers and what they earn: see IndictmentsExam. */
    private static void takeTheExam(StudentSite site) {
        site.registerAndSignIn(StudentSite.newUsername()).startQuiz(IndictmentsExam.TITLE).check("sheet");

        IndictmentsExam.answerFirstHalf(site);
        site.press("Save and continue later");
        assertThat(site.page().getByRole(AriaRole.STATUS))
                .containsText("Your answers are saved");
        assertThat(site.question("How many Chinese nationals").locator("input")).hasValue("4");
        site.check("sheet-saved");

        IndictmentsExam.answerSecondHalf(site);
        // The summary to confirm: a dialog with JavaScript, a page of its own without.
        site.press("Submit for grading");
        assertThat(site.page().getByText("10 answered · 0 blank · 0 flagged to come back to")).isVisible();
        site.check("confirm");
        site.press("Submit now");

        assertThat(site.scoreLine()).hasText(IndictmentsExam.SCORE_LINE);
        assertThat(site.page().locator(".score-card")).containsText("7 of 10 questions fully correct");
        assertThat(site.page().locator(".score-card")).containsText("Passed");
        assertThat(site.reviewed("how many were officials").locator(".question-meta")).containsText("0 / 1");
        assertThat(site.reviewed("go after").locator(".question-meta")).containsText("0.75 / 1");
        assertThat(site.reviewed("described differently").locator(".question-meta")).containsText("0 / 1");
        site.check("review");

        site.page().getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Back to the quiz")).click();
        assertThat(site.page().locator("table.attempts")).containsText("7.75");
        site.check("quiz-after");
    }
}
