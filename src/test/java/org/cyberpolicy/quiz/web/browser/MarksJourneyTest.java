package org.cyberpolicy.quiz.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.edit.BankFile;
import org.cyberpolicy.quiz.bank.edit.EditResult;
import org.cyberpolicy.quiz.testing.EditableBankProfile;
import org.cyberpolicy.quiz.testing.StudentFlowProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.cyberpolicy.quiz.testing.browser.BrowserJourney;
import org.cyberpolicy.quiz.testing.browser.JourneyPage;
import org.cyberpolicy.quiz.testing.browser.Roles;
import org.cyberpolicy.quiz.testing.browser.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Marks and regrades in the browser (issue 18, parts 5 and 6): an instructor changes a mark with a comment on the
 * attempt's page and the student sees it on the review; after a correction of the bank, the dashboard says which
 * quiz was graded against the older key, and the instructor dry-runs and applies the regrade. Every page is checked
 * (axe, Nu, the phone width) and saved as {@code target/screenshots/marks-*.png}.
 */
@QuarkusTest
@Tag("database")
@TestProfile(EditableBankProfile.class)
class MarksJourneyTest extends BrowserJourney {

    private static final Path FILE = Path.of(EditableBankProfile.DIR, EditableBankProfile.FILE);

    @Inject
    CurrentBank currentBank;

    @AfterEach
    void putTheBankBack() throws IOException {
        Files.write(FILE, Files.readAllBytes(Path.of(StudentFlowProfile.BANK, EditableBankProfile.FILE)));
        currentBank.reload();
    }

    @Test
    void anInstructorChangesAMarkThenRegradesAfterCorrectingTheBank() {
        String student = TestAccounts.student();
        long id = as(student).post("/api/quizzes/every-type/attempts").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        as(student).body(Map.of("responses", Map.of("t-numeric", 5, "t-true-false", true)))
                .post("/api/attempts/" + id + "/submit").then().statusCode(200).body("score", equalTo(0.0f));
        int numeric = as(student).get("/api/attempts/" + id).then().extract().jsonPath()
                .getList("questions.id").indexOf("t-numeric") + 1;

        String instructor = TestAccounts.instructor();
        JourneyPage instructorTab = open(Screen.DESKTOP);
        new StudentSite(instructorTab, "marks").signIn(instructor, TestAccounts.PASSWORD);
        Page page = instructorTab.page();
        instructorTab.go("/instructor/attempts/" + id);
        instructorTab.check("marks-attempt");
        page.locator("#mark-" + numeric).fill("1.5");
        page.locator("#comment-" + numeric).fill("Right method; the report you cite says five.");
        Roles.button(page, "Save the mark of question " + numeric).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("score is now 1.5 / 12");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Every change of this"
                + " attempt\u2019s marks, oldest first."))).containsText("Marked by hand");
        instructorTab.check("marks-changed");
        snap(page.locator("#marks"), "marks-form");
        snap(page.locator("section:has(#changes-title)"), "marks-trail");

        // One tab at a time (BrowserJourney closes the last one): the student's, then the instructor's again.
        JourneyPage studentTab = open(Screen.PHONE);
        new StudentSite(studentTab, "marks").signIn(student, TestAccounts.PASSWORD);
        studentTab.go("/attempts/" + id + "/review");
        assertThat(studentTab.page().locator("#question-" + numeric))
                .containsText("Right method; the report you cite says five.");
        assertThat(studentTab.page().locator(".score-card")).containsText("1.5 / 12");
        studentTab.check("marks-student-review");
        snap(studentTab.page().locator("#question-" + numeric), "marks-student-comment");

        correctTheTrueFalseKey();
        instructorTab = open(Screen.DESKTOP);
        new StudentSite(instructorTab, "marks").signIn(instructor, TestAccounts.PASSWORD);
        page = instructorTab.page();
        instructorTab.go("/instructor");
        assertThat(page.locator(".regrade-notice")).containsText("1 question changed since");
        instructorTab.check("marks-dashboard");
        snap(page.locator(".regrade-notice"), "marks-dashboard-notice");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("review the regrade of Every type"))
                .click();
        assertThat(Roles.heading(page)).hasText("Regrade Every type");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("1.5 / 12");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("2.5 / 12");
        instructorTab.check("marks-regrade-dry-run");
        snap(page.locator("main"), "marks-regrade-page");
        Roles.button(page, "Apply the regrade").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Applied:");
        instructorTab.check("marks-regrade-applied");

        as(student).get("/api/attempts/" + id).then().body("score", equalTo(2.5f));
        JourneyPage phone = open(Screen.PHONE);
        new StudentSite(phone, "marks").signIn(instructor, TestAccounts.PASSWORD);
        phone.go("/instructor/attempts/" + id);
        phone.check("marks-attempt-phone");
        phone.go("/instructor/quizzes/every-type/regrade?question=t-true-false");
        phone.check("marks-regrade-phone");
    }

    /** A picture of one part of the page, for docs/course-operations.md (copied by hand to docs/screenshots). */
    private static void snap(Locator part, String name) {
        part.screenshot(new Locator.ScreenshotOptions().setPath(Path.of("target", "screenshots", "docs", name
                + ".png")));
    }

    private void correctTheTrueFalseKey() {
        BankFile file = currentBank.files().resolve(EditableBankProfile.FILE);
        String text = currentBank.files().read(file).text();
        String edited = text.replace("    prompt: Five people were charged.\n    answer: false\n",
                "    prompt: Five people were charged.\n    answer: true\n");
        assertInstanceOf(EditResult.Saved.class, currentBank.save(file, edited, currentBank.files().read(file)
                .hash()));
    }
}
