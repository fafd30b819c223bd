package org.cyberpolicy.quiz.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.cyberpolicy.quiz.testing.browser.Roles.button;
import static org.cyberpolicy.quiz.testing.browser.Roles.heading;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.cyberpolicy.quiz.testing.browser.BrowserJourney;
import org.cyberpolicy.quiz.testing.browser.JourneyPage;
import org.cyberpolicy.quiz.testing.browser.PageChecks;
import org.cyberpolicy.quiz.testing.browser.Screen;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Issue 18 in a real Chromium on the shipped bank: an instructor grants a student ten extra minutes on the indictments
 * exam from the student's page while the student's attempt runs; the student's countdown shows the later deadline,
 * and after submitting their first of two attempts the review shows the score and the marks but says when the
 * answers will be shown, and shows none. The quiz's results page with its accommodations runs on a phone. Every page
 * passes axe and Nu; two screenshots go to the instructor's guide.
 */
@QuarkusTest
class AccommodationJourneyTest extends BrowserJourney {

    private static final Path GUIDE_SCREENSHOTS = Path.of("docs", "screenshots");

    @Test
    void anInstructorGrantsExtraTimeAndTheStudentsReviewKeepsTheAnswersForLater() throws IOException {
        String student = TestAccounts.student();
        String instructor = TestAccounts.instructor();
        JsonPath started = TestAccounts.as(student).post("/api/quizzes/" + IndictmentsExam.QUIZ_ID + "/attempts").then()
                .statusCode(201).extract().jsonPath();
        long attempt = started.getLong("id");
        Instant startedAt = Instant.parse(started.getString("startedAt"));
        long accountId = QuarkusTransaction.requiringNew()
                .call(() -> Account.findByUsername(student).orElseThrow().id);

        JourneyPage staff = open(Screen.DESKTOP);
        Page page = staff.page();
        new StudentSite(staff, "accommodation").signIn(instructor, TestAccounts.PASSWORD);
        staff.go("/instructor/students/" + accountId);
        page.getByLabel("Quiz", new Page.GetByLabelOptions().setExact(true)).selectOption(IndictmentsExam.QUIZ_ID);
        page.getByLabel("Extra minutes").fill("10");
        button(page, "Grant").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The override is saved");
        assertThat(page.locator("table.overrides")).containsText("10 extra minutes");
        staff.check("accommodation-student");
        guideScreenshot("accommodation-student", "accommodations-student.png");

        // The running attempt's deadline moved at once: 15 minutes and the 10 granted.
        String deadline = startedAt.plus(Duration.ofMinutes(25)).toString();
        assertEquals(deadline, TestAccounts.as(student).get("/api/attempts/" + attempt).then().statusCode(200)
                .extract().jsonPath().getString("deadline"));

        JourneyPage tab = open(Screen.DESKTOP);
        StudentSite site = new StudentSite(tab, "accommodation");
        site.signIn(student, TestAccounts.PASSWORD);
        tab.go("/attempts/" + attempt);
        assertThat(tab.page().locator("#countdown time")).hasAttribute("datetime",
                Instant.parse(deadline).truncatedTo(ChronoUnit.MILLIS).toString());
        site.check("sheet");
        site.submit();
        assertThat(heading(tab.page())).hasText("Review of attempt 1");
        assertThat(tab.page().locator(".score-line")).containsText("/ 10");
        assertThat(tab.page().locator(".review-notice"))
                .hasText("The correct answers and the feedback are shown after your last attempt.");
        assertThat(tab.page().getByText("Correct answer", new Page.GetByTextOptions().setExact(true))).hasCount(0);
        assertThat(tab.page().locator("details.facts")).hasCount(0);
        site.check("review-answers-later");
        guideScreenshot("accommodation-review-answers-later", "review-answers-later.png");

        JourneyPage phone = open(Screen.PHONE);
        new StudentSite(phone, "accommodation").signIn(instructor, TestAccounts.PASSWORD);
        phone.go("/instructor/quizzes/" + IndictmentsExam.QUIZ_ID + "/results");
        assertThat(phone.page().locator("table.overrides")).containsText(student);
        phone.check("accommodation-results-phone");
    }

    /** Copies a checked page's screenshot to the instructor's guide. */
    private static void guideScreenshot(String checked, String name) throws IOException {
        Files.createDirectories(GUIDE_SCREENSHOTS);
        Files.copy(PageChecks.SCREENSHOTS.resolve(checked + ".png"), GUIDE_SCREENSHOTS.resolve(name),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
