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

    private static final String EXAM = "The July 2021 indictments";

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

    /*
     * The answers and what they earn (every question is worth 1 point):
     * agency: MSS, right, 1; defendants: 4, right, 1; MSS officials: 4, wrong (3), 0; announcement: 2021-07-19,
     * right, 1; campaign start: 2011, right, 1; front company: "Front company", right, 1; fourth defendant: ran the
     * VPN, wrong, 0; all four officials: False, right, 1; targets: three of the four right ones and no wrong one,
     * 3/4 = 0.75; VPNs: "VPN", right, 1. Total 7.75 of 10, 77.5 %, passed (pass mark 60).
     */
    private static void takeTheExam(StudentSite site) {
        site.registerAndSignIn(StudentSite.newUsername()).startQuiz(EXAM).check("sheet");

        site.choose("For which Chinese government body", "The Ministry of State Security (MSS)")
                .type("How many Chinese nationals", "4")
                .type("how many were officials", "4")
                .type("On what date (day, month and year)", "2021-07-19")
                .type("In which year did the intrusion campaign", "2011")
                .press("Save and continue later");
        assertThat(site.page().getByRole(AriaRole.STATUS))
                .containsText("Your answers are saved");
        assertThat(site.question("How many Chinese nationals").locator("input")).hasValue("4");
        site.check("sheet-saved");

        site.type("what kind of organisation", "Front company")
                .choose("What did the defendant who was not an MSS official do",
                        "Ran the government-approved VPN service the group used")
                .choose("All four people charged by the US", "False")
                .choose("What did the campaign described in the indictment go after", "Intellectual property",
                        "Confidential business information", "Infectious disease research")
                .type("What kind of government-sanctioned tool", "VPN")
                .press("Submit for grading");

        assertThat(site.scoreLine()).hasText("Score 7.75 / 10 (77.5%)");
        assertThat(site.page().locator(".score-card")).containsText("7 of 10 questions fully correct");
        assertThat(site.page().locator(".score-card")).containsText("Passed");
        assertThat(site.reviewed("how many were officials").locator(".question-meta")).containsText("0 / 1");
        assertThat(site.reviewed("go after").locator(".question-meta")).containsText("0.75 / 1");
        assertThat(site.reviewed("not an MSS official").locator(".question-meta")).containsText("0 / 1");
        site.check("review");

        site.page().getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Back to the quiz")).click();
        assertThat(site.page().locator("table.attempts")).containsText("7.75");
        site.check("quiz-after");
    }
}
