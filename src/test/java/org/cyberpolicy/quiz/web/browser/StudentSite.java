package org.cyberpolicy.quiz.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.cyberpolicy.quiz.testing.browser.JourneyPage;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/**
 * The student's side of the app as a person sees it: the steps of the journeys, done through links, buttons and
 * form controls by their visible text, each page checked on the way.
 */
final class StudentSite {

    static final String PASSWORD = "a long browser password";

    private final JourneyPage tab;
    private final String prefix;

    StudentSite(JourneyPage tab, String prefix) {
        this.tab = tab;
        this.prefix = prefix;
    }

    Page page() {
        return tab.page();
    }

    /** Checks the page in view, saving its screenshot as {@code <prefix>-<name>}. */
    StudentSite check(String name) {
        tab.check(prefix + "-" + name);
        return this;
    }

    static String newUsername() {
        return "b-" + UUID.randomUUID().toString().substring(0, 10);
    }

    /** From the front page: registers (first with a mistake, to see the error page), then signs in. */
    StudentSite registerAndSignIn(String username) {
        tab.go("/");
        check("home-anonymous");
        page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register").setExact(true)).click();
        check("register");
        fillRegistration(username, "another long password");
        check("register-errors");
        assertThat(page().getByRole(AriaRole.ALERT)).containsText("The account was not created");
        fillRegistration(username, PASSWORD);
        assertThat(page().getByRole(AriaRole.STATUS)).containsText("Account created");
        check("sign-in");
        page().getByLabel("Username").fill(username);
        page().getByLabel("Password").fill(PASSWORD);
        page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page().getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Account")))
                .containsText("Signed in as");
        check("home");
        return this;
    }

    /** Signs in an existing account through the sign-in page. */
    StudentSite signIn(String username, String password) {
        tab.go("/login");
        page().getByLabel("Username").fill(username);
        page().getByLabel("Password").fill(password);
        page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page().getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Account")))
                .containsText("Signed in as");
        return this;
    }

    private void fillRegistration(String username, String confirmation) {
        page().getByLabel("Username").fill(username);
        page().getByLabel("Display name").fill("Browser " + username);
        page().getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page().getByLabel("Password again").fill(confirmation);
        page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
    }

    /** From the front page: opens the quiz with that title and starts an attempt. */
    StudentSite startQuiz(String title) {
        page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true)).click();
        assertThat(page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
        check("quiz");
        page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the quiz")).click();
        assertThat(page().locator("#attempt-form")).isVisible();
        return this;
    }

    /** The question on the attempt page whose prompt contains the text. */
    Locator question(String prompt) {
        Locator found = page().locator("section.question").filter(new Locator.FilterOptions().setHasText(prompt));
        assertThat(found).hasCount(1);
        return found;
    }

    StudentSite choose(String prompt, String... choices) {
        for (String choice : choices) {
            question(prompt).getByLabel(choice, new Locator.GetByLabelOptions().setExact(true)).check();
        }
        return this;
    }

    StudentSite type(String prompt, String answer) {
        question(prompt).locator("input.answer-input").fill(answer);
        return this;
    }

    /** Matching (the row's left text, the right side's text) or ordering (the item's text, its place). */
    StudentSite pick(String prompt, String row, String option) {
        question(prompt).getByLabel(row, new Locator.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(option));
        return this;
    }

    StudentSite press(String button) {
        page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
        return this;
    }

    /**
     * Submits the attempt in view: "Submit for grading", then "Submit now" in the summary (a dialog with JavaScript,
     * a page of its own without).
     */
    StudentSite submit() {
        press("Submit for grading");
        return press("Submit now");
    }

    /** The score line of the review page in view. */
    Locator scoreLine() {
        return page().locator(".score-line");
    }

    /** The review entry of the question whose prompt contains the text. */
    Locator reviewed(String prompt) {
        return page().locator("li.review-item").filter(new Locator.FilterOptions()
                .setHas(page().locator("p.prompt", new Page.LocatorOptions().setHasText(prompt))));
    }
}
