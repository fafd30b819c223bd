package org.cyberpolicy.quiz.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;

import org.cyberpolicy.quiz.testing.StudentFlowProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.cyberpolicy.quiz.testing.browser.BrowserJourney;
import org.cyberpolicy.quiz.testing.browser.Screen;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Submitting safely (issue 18, part 4), on the every-type quiz of the small test bank: a question flagged to come
 * back to, answers that save themselves after a pause and when the page is left, the live counter, and the summary
 * to confirm before the final submit, as a dialog with JavaScript and as a page of its own without; without
 * JavaScript, Save under a question comes back to that question. Every page and the open dialog are checked (axe, Nu,
 * the phone's width).
 */
@QuarkusTest
@TestProfile(StudentFlowProfile.class)
class SubmitJourneyTest extends BrowserJourney {

    private static final String NUMBER = "How many people were charged?";
    private static final String GROUP = "Name the group Microsoft blamed.";
    private static final String BODY = "Which body did the defendants work for?";

    @Test
    void withJavaScriptAFlagAndAutosavedAnswersReachTheConfirmDialog() {
        StudentSite site = startEveryType(Screen.DESKTOP, "submit");
        Page page = site.page();

        flagButton(site, NUMBER).click();
        assertThat(flagButton(site, NUMBER)).hasAttribute("aria-pressed", "true");
        assertThat(page.locator("#save-status")).hasText("Flagged to come back to.");

        // No Save pressed: the answers go to the server after a short pause, and the counter follows.
        site.type(GROUP, "hafnium").choose(BODY, "Ministry of State Security");
        assertThat(page.locator("#answered-count")).hasText("2");
        assertThat(page.locator("#save-status")).hasText("Saved.");
        assertThat(page.locator("#answered-status")).hasAttribute("aria-live", "polite");
        site.check("sheet-autosaved");

        page.reload();
        assertThat(site.question(GROUP).locator("input.answer-input")).hasValue("hafnium");
        assertThat(flagButton(site, NUMBER)).hasAttribute("aria-pressed", "true");
        assertThat(page.locator("#answered-count")).hasText("2");

        site.press("Submit for grading");
        Locator dialog = page.locator("#confirm-dialog");
        assertThat(dialog).isVisible();
        assertThat(dialog.locator("#confirm-counts")).hasText("2 answered · 7 blank · 1 flagged to come back to");
        int number = place(site, NUMBER);
        assertThat(dialog.locator("li").nth(number - 1)).hasText("Question " + number + ": blank, flagged");
        assertThat(page.locator("#submit-now")).isFocused();
        site.check("confirm-dialog");

        // Going back closes the dialog and gives the focus back to the button that opened it.
        page.keyboard().press("Escape");
        assertThat(dialog).isHidden();
        assertThat(page.locator("#submit-attempt")).isFocused();

        // A question's link in the summary leads to that question.
        site.press("Submit for grading");
        dialog.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Question " + number).setExact(true))
                .click();
        assertThat(dialog).isHidden();
        assertThat(page).hasURL(Pattern.compile(".*#question-" + number + "$"));
        assertThat(site.question(NUMBER).locator("input.answer-input")).isFocused();

        site.press("Submit for grading");
        site.press("Submit now");
        assertThat(site.scoreLine()).containsText("Score 2 / 12");
        assertThat(site.reviewed(NUMBER).locator(".flag-mark")).hasText("Flagged to come back to");
        assertThat(site.reviewed(GROUP).locator(".flag-mark")).hasCount(0);
        site.check("review");
    }

    @Test
    void anAnswerTypedJustBeforeThePageIsLeftIsSaved() {
        StudentSite site = startEveryType(Screen.DESKTOP, "submit-leave");
        Page page = site.page();
        String attempt = page.url();

        site.type(GROUP, "hafnium");
        page.navigate("/"); // well within the autosave's pause: saved as the page is hidden

        page.navigate(attempt);
        for (int i = 0; i < 20 && !"hafnium".equals(site.question(GROUP).locator("input.answer-input").inputValue());
                i++) {
            page.waitForTimeout(250);
            page.reload();
        }
        assertThat(site.question(GROUP).locator("input.answer-input")).hasValue("hafnium");
    }

    @Test
    void withoutJavaScriptSaveComesBackToTheQuestionAndTheSummaryIsAPage() {
        StudentSite site = startEveryType(Screen.DESKTOP_WITHOUT_JAVASCRIPT, "submit-nojs");
        Page page = site.page();
        int group = place(site, GROUP);

        site.type(GROUP, "hafnium");
        site.question(GROUP).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Save and stay at question " + group)).click();
        assertThat(page).hasURL(Pattern.compile(".*\\?saved=true#question-" + group + "$"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your answers are saved");
        assertEquals(true, page.evaluate("() => document.getElementById('question-" + group
                + "').getBoundingClientRect().top < window.innerHeight"), "the question is not in view");
        site.check("sheet-saved-here");

        int number = place(site, NUMBER);
        flagButton(site, NUMBER).click();
        assertThat(page).hasURL(Pattern.compile(".*#question-" + number + "$"));
        assertThat(flagButton(site, NUMBER)).hasAttribute("aria-pressed", "true");

        site.press("Submit for grading");
        assertThat(page).hasURL(Pattern.compile(".*/confirm$"));
        assertThat(page.locator(".summary-counts")).hasText("1 answered · 8 blank · 1 flagged to come back to");
        assertThat(page.locator(".summary-list li").nth(number - 1))
                .hasText("Question " + number + ": blank, flagged");
        site.check("confirm");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Question " + number).setExact(true))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/attempts/\\d+#question-" + number + "$"));
        site.press("Submit for grading").press("Submit now");
        assertThat(site.scoreLine()).containsText("Score 1 / 12");
        assertThat(site.reviewed(NUMBER).locator(".flag-mark")).hasText("Flagged to come back to");
        site.check("review");
    }

    @Test
    void onAPhoneTheConfirmDialogFitsTheScreen() {
        StudentSite site = startEveryType(Screen.PHONE, "submit-phone");
        flagButton(site, NUMBER).click();
        assertThat(flagButton(site, NUMBER)).hasAttribute("aria-pressed", "true");
        site.check("sheet");

        site.press("Submit for grading");
        assertThat(site.page().locator("#confirm-dialog")).isVisible();
        site.check("confirm-dialog");
    }

    private StudentSite startEveryType(Screen screen, String prefix) {
        StudentSite site = new StudentSite(open(screen), prefix);
        site.signIn(TestAccounts.student(), TestAccounts.PASSWORD);
        site.page().navigate("/quizzes/every-type");
        site.press("Start the quiz");
        assertThat(site.page().locator("#attempt-form")).isVisible();
        return site;
    }

    private static Locator flagButton(StudentSite site, String prompt) {
        return site.question(prompt).locator("button.button-flag");
    }

    /** The question's place on the attempt page (the quiz shuffles its questions). */
    private static int place(StudentSite site, String prompt) {
        return Integer.parseInt(site.question(prompt).getAttribute("id").substring("question-".length()));
    }
}
