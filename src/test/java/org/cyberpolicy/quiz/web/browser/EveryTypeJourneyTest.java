package org.cyberpolicy.quiz.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.regex.Pattern;

import org.cyberpolicy.quiz.testing.StudentFlowProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.cyberpolicy.quiz.testing.browser.BrowserJourney;
import org.cyberpolicy.quiz.testing.browser.Screen;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The controls the shipped exam lacks (matching rows, ordering places, a month), a quiz done with the keyboard
 * alone, and a timed quiz that runs out, with and without JavaScript: on the small test bank with one question of
 * every type ({@code src/test/resources/banks/student-flow}).
 */
@QuarkusTest
@TestProfile(StudentFlowProfile.class)
class EveryTypeJourneyTest extends BrowserJourney {

    private static final String EVERY_TYPE = "/quizzes/every-type";

    /*
     * Points: single 1, multiple 1, true-false 1, numeric 2, date 1, month 1, short 1, matching 3, ordering 1 = 12.
     * Answers: single right 1; multiple one of two right ones 0.5; true-false right 1; numeric 5 instead of 4, 0;
     * date right 1; month right 1; short "hafnium" right 1; matching two rows of three right, 2 of 3 points;
     * ordering "tests written, flaws disclosed, charges announced" keeps one link of two, 0.5. Total 8 of 12.
     */
    @Test
    void everyQuestionTypeIsAnsweredThroughItsOwnControlAndGradedAsAnswered() {
        StudentSite site = new StudentSite(open(Screen.DESKTOP), "every-type");
        site.signIn(TestAccounts.student(), TestAccounts.PASSWORD);
        site.page().navigate(EVERY_TYPE);
        site.press("Start the quiz");
        site.check("sheet");

        site.choose("Which body did the defendants work for?", "Ministry of State Security")
                .choose("Which of these are true?", "Four people were charged")
                .choose("Five people were charged.", "False")
                .type("How many people were charged?", "5")
                .type("On which day were the charges announced?", "2021-07-19")
                .type("In which month were the flaws disclosed?", "2021-03")
                .type("Name the group Microsoft blamed.", "hafnium")
                .pick("Match each figure", "Four", "People charged")
                .pick("Match each figure", "Nineteen", "Day of the month of the announcement")
                .pick("Match each figure", "Seven", "Countries in the coalition")
                .pick("Put these in order", "The tests are written", "1")
                .pick("Put these in order", "The flaws are disclosed", "2")
                .pick("Put these in order", "The charges are announced", "3")
                .submit();

        assertThat(site.scoreLine()).containsText("Score 8 / 12");
        assertThat(site.reviewed("Which of these are true?").locator(".question-meta")).containsText("0.5 / 1");
        assertThat(site.reviewed("Match each figure").locator(".question-meta")).containsText("2 / 3");
        assertThat(site.reviewed("Put these in order").locator(".question-meta")).containsText("0.5 / 1");
        assertThat(site.reviewed("In which month").locator(".question-meta")).containsText("1 / 1");
        site.check("review");
    }

    /* The keyboard student answers everything right except the number (3 instead of 4): 10 of 12. */
    @Test
    void aQuizCanBeCompletedWithTheKeyboardAlone() {
        StudentSite site = new StudentSite(open(Screen.DESKTOP), "keyboard");
        Page page = site.page();
        Keyboard keys = new Keyboard(page);
        String student = TestAccounts.student();

        page.navigate("/login");
        keys.tabTo("#j_username").type(student).tabTo("#j_password").type(TestAccounts.PASSWORD).press("Enter");
        assertThat(page.locator(".account-nav")).containsText("Signed in as");
        page.navigate(EVERY_TYPE);
        keys.tabTo(".start-form button[type=submit]").press("Enter");
        assertThat(page.locator("#attempt-form")).isVisible();

        Map<String, String> names = fieldNames(page);
        keys.chooseRadio(names.get("single"), valueOf(page, "Which body", "Ministry of State Security"));
        keys.tick(names.get("multiple"), valueOf(page, "Which of these", "Four people were charged"));
        keys.tick(names.get("multiple"), valueOf(page, "Which of these", "The charges came in July 2021"));
        keys.chooseRadio(names.get("true-false"), "false");
        keys.tabTo(id(names.get("numeric"))).type("3");
        keys.tabTo(id(names.get("date"))).type("07192021");
        keys.tabTo(id(names.get("month"))).type("March").press("Tab").type("2021");
        keys.tabTo(id(names.get("short"))).type("Hafnium group");
        selectByTyping(keys, page, "Match each figure", "Four", "People");
        selectByTyping(keys, page, "Match each figure", "Nineteen", "Day");
        selectByTyping(keys, page, "Match each figure", "Seven", "Month");
        selectByTyping(keys, page, "Put these in order", "The flaws are disclosed", "1");
        selectByTyping(keys, page, "Put these in order", "The charges are announced", "2");
        selectByTyping(keys, page, "Put these in order", "The tests are written", "3");

        assertEquals("2021-07-19", page.inputValue(id(names.get("date"))));
        assertEquals("2021-03", page.inputValue(id(names.get("month"))));
        keys.tabTo("#submit-attempt").press("Enter");
        // The summary opens as a dialog with the focus on its "Submit now".
        assertThat(page.locator("#confirm-dialog")).isVisible();
        assertThat(page.locator("#submit-now")).isFocused();
        keys.press("Enter");

        assertThat(site.scoreLine()).containsText("Score 10 / 12");
        assertThat(page.locator(".score-card")).containsText("8 of 9 questions fully correct");
        site.check("review");
    }

    /* The two-second quiz: the answer typed (numeric, 2 points of 3) is sent by the page's own submit at zero. */
    @Test
    void withJavaScriptATimedQuizSubmitsItselfWhenTheTimeRunsOut() {
        StudentSite site = new StudentSite(open(Screen.DESKTOP), "timed");
        site.signIn(TestAccounts.student(), TestAccounts.PASSWORD);
        site.page().navigate("/quizzes/two-seconds");
        site.press("Start the quiz");
        site.type("How many people were charged?", "4");
        site.page().waitForURL("**/review", new Page.WaitForURLOptions().setTimeout(15_000));

        assertThat(site.scoreLine()).containsText("Score 2 / 3");
        assertThat(site.page().locator(".score-card")).containsText("Submitted");
        site.check("review");
    }

    /* Without JavaScript nothing submits: the server closes the attempt and grades the saved answers. */
    @Test
    void withoutJavaScriptATimedQuizIsClosedByTheServerWithTheSavedAnswers() {
        StudentSite site = new StudentSite(open(Screen.DESKTOP_WITHOUT_JAVASCRIPT), "timed-nojs");
        site.signIn(TestAccounts.student(), TestAccounts.PASSWORD);
        site.page().navigate("/quizzes/two-seconds");
        site.press("Start the quiz");
        site.type("How many people were charged?", "4").press("Save and continue later");
        site.page().waitForTimeout(3_500); // past the 2 s limit and the 1 s grace of StudentFlowProfile
        site.page().reload();

        assertThat(site.page()).hasURL(Pattern.compile(".*/review$"));
        assertThat(site.scoreLine()).containsText("Score 2 / 3");
        assertThat(site.page().locator(".score-card")).containsText("Closed when time ran out");
        site.check("review");
    }

    /** The form field name of each question on the attempt page, by the prompt of the test bank's question. */
    private static Map<String, String> fieldNames(Page page) {
        return Map.of("single", nameOf(page, "Which body"), "multiple", nameOf(page, "Which of these"),
                "true-false", nameOf(page, "Five people were charged"), "numeric", nameOf(page, "How many people"),
                "date", nameOf(page, "On which day"), "month", nameOf(page, "In which month"),
                "short", nameOf(page, "Name the group"));
    }

    private static String nameOf(Page page, String prompt) {
        return section(page, prompt).locator("input:not([type=hidden])").first().getAttribute("name");
    }

    private static String valueOf(Page page, String prompt, String label) {
        return section(page, prompt).getByLabel(label, new Locator.GetByLabelOptions().setExact(true))
                .getAttribute("value");
    }

    private static Locator section(Page page, String prompt) {
        return page.locator("section.question").filter(new Locator.FilterOptions().setHasText(prompt));
    }

    private static String id(String name) {
        return "[id='" + name + "']";
    }

    /** Tabs to the select of that row and types the start of the option wanted, as a keyboard user does. */
    private static void selectByTyping(Keyboard keys, Page page, String prompt, String row, String typed) {
        Locator select = section(page, prompt).getByLabel(row, new Locator.GetByLabelOptions().setExact(true));
        keys.tabTo(id(select.getAttribute("id"))).type(typed);
        String chosen = (String) select.evaluate("s => s.options[s.selectedIndex].text");
        assertEquals(true, chosen.startsWith(typed), row + ": typing '" + typed + "' chose '" + chosen + "'");
    }
}
