package org.cyberpolicy.quiz.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.cyberpolicy.quiz.testing.browser.Roles.button;
import static org.cyberpolicy.quiz.testing.browser.Roles.heading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.load.LoadResult;
import org.cyberpolicy.quiz.testing.EditableTrainingBankProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.cyberpolicy.quiz.testing.browser.BrowserJourney;
import org.cyberpolicy.quiz.testing.browser.JourneyPage;
import org.cyberpolicy.quiz.testing.browser.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A student trains, in a real Chromium, on questions generated from two facts of the training bank (tagged "drill",
 * asked by no hand-written question): the date of the first is entered in the date field, the second is picked among
 * names of its kind, and each review teaches the fact with its source. Every page passes axe-core and the Nu checker.
 */
@QuarkusTest
@TestProfile(EditableTrainingBankProfile.class)
class GeneratedTrainingJourneyTest extends BrowserJourney {

    private static final Path FILE = EditableTrainingBankProfile.FOLDER.resolve("generated.yaml");

    @Inject
    CurrentBank bank;

    @BeforeEach
    void addFactsThatGenerateQuestions() throws IOException {
        Files.writeString(FILE, """
                kinds:
                  - id: agency
                    values: [Ministry of Public Security, People's Liberation Army, Cyberspace Administration of China]
                facts:
                  - id: drill-announced
                    statement: The charges were made public on 19 July 2021.
                    value: 2021-07-19
                    kind: date
                    ask: On what date were the charges made public?
                    generate: [entry]
                    tags: [drill]
                    sources: [test-wire]
                  - id: drill-agency
                    statement: The four worked for China's Ministry of State Security.
                    value: Ministry of State Security
                    aliases: [MSS]
                    kind: agency
                    ask: Which ministry did the four work for?
                    generate: [choice]
                    tags: [drill]
                    sources: [test-wire]
                """);
        assertInstanceOf(LoadResult.Loaded.class, bank.reload(), () -> bank.reload().toString());
    }

    @AfterEach
    void removeThem() throws IOException {
        Files.deleteIfExists(FILE);
        bank.reload();
    }

    @Test
    void aStudentTrainsOnGeneratedQuestionsAndEachReviewTeachesTheFact() {
        JourneyPage tab = open(Screen.DESKTOP);
        Page page = tab.page();
        new StudentSite(tab, "generated").signIn(TestAccounts.student(), TestAccounts.PASSWORD);

        tab.go("/train");
        assertThat(heading(page)).hasText("Train");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^drill")))
                .check();
        tab.check("generated-training-start");
        button(page, "Start training").click();

        // The date's own question: entered at its precision, the day.
        assertThat(heading(page)).hasText("Training");
        Locator question = page.locator("section.question");
        assertThat(question).containsText("On what date were the charges made public?");
        Locator date = question.locator("input.answer-input");
        assertEquals("date", date.getAttribute("type"));
        date.fill("2021-07-19");
        tab.check("generated-training-date");
        button(page, "Check my answer").click();
        assertThat(heading(page)).hasText("Right");
        assertThat(page.locator("p.feedback")).containsText("The charges were made public on 19 July 2021. Source: Test Wire");
        assertThat(page.locator("details.facts")).containsText("The charges were made public on 19 July 2021.");
        tab.check("generated-training-date-reviewed");
        button(page, "Next question").click();

        // The name among others of its kind.
        assertThat(heading(page)).hasText("Training");
        question = page.locator("section.question");
        assertThat(question).containsText("Which ministry did the four work for?");
        assertEquals(4, question.locator("input[type=radio]").count());
        assertThat(question).containsText("Ministry of Public Security");
        question.getByLabel("Ministry of State Security").check();
        tab.check("generated-training-choice");
        button(page, "Check my answer").click();
        assertThat(heading(page)).hasText("Right");
        assertThat(page.locator("p.feedback")).containsText("The four worked for China's Ministry of State Security.");
        assertThat(page.locator("details.facts")).containsText("Test Wire");
        tab.check("generated-training-choice-reviewed");
    }
}
