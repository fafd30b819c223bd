package org.cyberpolicy.quiz.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.cyberpolicy.quiz.testing.browser.Roles.heading;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.cyberpolicy.quiz.export.Rfc4180;
import org.cyberpolicy.quiz.testing.ShippedBankCopyProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.cyberpolicy.quiz.testing.browser.BrowserJourney;
import org.cyberpolicy.quiz.testing.browser.JourneyPage;
import org.cyberpolicy.quiz.testing.browser.Screen;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The instructor's side, in a real Chromium, on a copy of the shipped bank: after a student has taken "The July
 * 2021 indictments" in the browser (and two others through the API), the instructor signs in, finds that attempt and
 * its score in the results, opens the student, the review and the item analysis, breaks a bank file in the editor and
 * sees the error at its line while the file on disk stays as it was, saves a valid edit, and downloads the gradebook
 * CSV, whose row for the student holds the score. Every page passes axe-core (WCAG 2.1 AA) and the Nu checker.
 */
@QuarkusTest
@TestProfile(ShippedBankCopyProfile.class)
class InstructorJourneyTest extends BrowserJourney {

    private static final String INSTRUCTOR = "instructor";
    private static final String INSTRUCTOR_PASSWORD = "test-instructor-password";
    private static final String FILE = "indictments.yaml";
    private static final Path ON_DISK = Path.of(ShippedBankCopyProfile.DIR, FILE);

    /* Seven of the exam's questions need no choice id; all right they earn 7 of 10. */
    private static final Map<String, Object> SEVEN_RIGHT = Map.of("ind-defendants-count", 4,
            "ind-mss-officials-count", 3, "ind-announcement-date", "2021-07-19", "ind-campaign-start", "2011",
            "ind-front-company", "Front company", "ind-all-four-officials", false, "ind-vpns", "VPN");
    /* Only the campaign's start right: 1 of 10. */
    private static final Map<String, Object> ONE_RIGHT = Map.of("ind-defendants-count", 5,
            "ind-mss-officials-count", 4, "ind-announcement-date", "2021-07-20", "ind-campaign-start", "2011");

    @Test
    void anInstructorFollowsAStudentsAttemptFromTheResultsToTheGradebook() throws IOException {
        String student = TestAccounts.student();
        String displayName = "Student " + student;
        takeTheExamInTheBrowser(student);
        String improver = TestAccounts.student();
        submitThroughTheApi(improver, ONE_RIGHT);
        submitThroughTheApi(improver, SEVEN_RIGHT);

        JourneyPage tab = open(Screen.DESKTOP);
        Page page = tab.page();
        signInAsTheInstructor(page);
        instructorArea(page).click();
        assertThat(heading(page)).hasText("Instructor");
        tab.check("instructor-dashboard");

        link(page, "Results of " + IndictmentsExam.TITLE).click();
        assertThat(heading(page)).hasText("Results: " + IndictmentsExam.TITLE);
        Locator row = page.locator("table.results-table tbody tr").filter(new Locator.FilterOptions().setHasText(student));
        assertThat(row).hasCount(1);
        assertThat(row).containsText("7.75");
        assertThat(row).containsText("77.5");
        // Other test classes may have left attempts in the same in-memory database: count what the table shows.
        assertThat(page.locator("nav.pager")).hasCount(0);
        Locator rows = page.locator("table.results-table tbody tr");
        Set<String> gradedStudents = new HashSet<>();
        int graded = 0;
        for (int i = 0; i < rows.count(); i++) {
            String state = rows.nth(i).locator("td").nth(4).innerText().trim();
            if (state.equals("submitted") || state.equals("closed when time ran out")) {
                graded++;
                gradedStudents.add(rows.nth(i).locator("th a").getAttribute("href"));
            }
        }
        tab.check("instructor-results");

        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(displayName).setExact(true)).click();
        assertThat(heading(page)).hasText("Attempts of " + displayName);
        assertThat(page.locator("table.results-table tbody tr")).hasCount(1);
        tab.check("instructor-student");

        link(page, "Review attempt 1 by " + displayName).click();
        assertThat(heading(page)).hasText("Review of attempt 1 by " + displayName);
        assertThat(page.locator(".score-line")).hasText(IndictmentsExam.SCORE_LINE);
        tab.check("instructor-review");

        link(page, IndictmentsExam.TITLE).click();
        link(page, "Item analysis of this quiz").click();
        assertThat(heading(page)).hasText("Item analysis: " + IndictmentsExam.TITLE);
        assertThat(statistic(page, "Attempts analysed")).hasText(String.valueOf(gradedStudents.size()));
        tab.check("instructor-analysis-first");
        link(page, "all graded attempts").click();
        assertThat(page).hasURL(Pattern.compile("attempts=all"));
        assertThat(statistic(page, "Attempts analysed")).hasText(String.valueOf(graded));
        assertTrue(graded > gradedStudents.size(), "the improver's second attempt counts only here");
        tab.check("instructor-analysis-all");

        breakAndMendABankFile(tab);
        downloadTheGradebook(tab, student);
    }

    @Test
    void theDashboardAndTheResultsFitAPhone() {
        submitThroughTheApi(TestAccounts.student(), SEVEN_RIGHT);
        JourneyPage tab = open(Screen.PHONE);
        Page page = tab.page();
        signInAsTheInstructor(page);
        tab.go("/instructor");
        tab.check("instructor-phone-dashboard");
        link(page, "Results of " + IndictmentsExam.TITLE).click();
        assertThat(heading(page)).hasText("Results: " + IndictmentsExam.TITLE);
        tab.check("instructor-phone-results");
    }

    private void takeTheExamInTheBrowser(String student) {
        StudentSite site = new StudentSite(open(Screen.DESKTOP), "instructor-journey");
        site.signIn(student, TestAccounts.PASSWORD).startQuiz(IndictmentsExam.TITLE);
        IndictmentsExam.answerFirstHalf(site);
        IndictmentsExam.answerSecondHalf(site);
        site.submit();
        assertThat(site.scoreLine()).hasText(IndictmentsExam.SCORE_LINE);
    }

    private static void submitThroughTheApi(String student, Map<String, Object> responses) {
        long id = as(student).post("/api/quizzes/" + IndictmentsExam.QUIZ_ID + "/attempts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(student).body(Map.of("responses", responses)).post("/api/attempts/" + id + "/submit").then()
                .statusCode(200);
    }

    /*
     * In indictments.yaml, the line "    difficulty: easy" of ind-defendants-count; one space less leaves it outside the
     * question's mapping, which YAML refuses there.
     */
    private static void breakAndMendABankFile(JourneyPage tab) throws IOException {
        Page page = tab.page();
        byte[] original = Files.readAllBytes(ON_DISK);
        String text = new String(original, StandardCharsets.UTF_8);
        int line = lineOfDifficulty(text, "ind-defendants-count");
        String lineId = "#L" + line;

        instructorArea(page).click();
        link(page, "Edit the question bank").click();
        assertThat(heading(page)).hasText("Question bank");
        tab.check("instructor-bank");

        link(page, "Edit " + FILE).click();
        assertThat(heading(page)).hasText("Edit " + FILE);
        Locator content = page.getByLabel("Content of " + FILE);
        assertEquals(text, content.inputValue());
        tab.check("instructor-editor");

        content.fill(replaceLine(text, line, "   difficulty: easy"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check and save")).click();
        Locator errors = page.locator("section.error-summary li");
        assertThat(errors.first()).containsText(ShippedBankCopyProfile.DIR + "/" + FILE + ":" + line + ":");
        assertThat(errors.first().getByRole(AriaRole.LINK)).hasAttribute("href", lineId);
        assertThat(page.locator(lineId)).hasClass(Pattern.compile("line-flagged"));
        assertThat(page.locator(lineId)).containsText("   difficulty: easy");
        tab.check("instructor-editor-error");
        assertArrayEquals(original, Files.readAllBytes(ON_DISK), "a broken edit leaves the file on disk as it was");

        String mended = replaceLine(text, line, "    difficulty: medium");
        assertNotEquals(text, mended);
        page.getByLabel("Content of " + FILE).fill(mended);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check and save")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("is in service");
        assertThat(page.locator("section.error-summary")).hasCount(0);
        tab.check("instructor-editor-saved");
        assertEquals(mended, Files.readString(ON_DISK), "a valid edit is written as typed");
    }

    /** The line number (from 1) of the question's "    difficulty: easy" line. */
    private static int lineOfDifficulty(String yaml, String questionId) {
        List<String> lines = yaml.lines().toList();
        int start = lines.indexOf("  - id: " + questionId);
        assertNotEquals(-1, start, "the question this test edits");
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("  - "); i++) {
            if (lines.get(i).equals("    difficulty: easy")) {
                return i + 1;
            }
        }
        throw new AssertionError(questionId + " has no line '    difficulty: easy' for this test to break");
    }

    private static void downloadTheGradebook(JourneyPage tab, String student) throws IOException {
        Page page = tab.page();
        instructorArea(page).click();
        link(page, "Export scores").click();
        assertThat(heading(page)).hasText("Score exports");
        tab.check("instructor-export");

        Download download = page.waitForDownload(() -> link(page, "Gradebook as CSV").click());
        assertTrue(download.suggestedFilename().matches("gradebook-\\d{4}-\\d{2}-\\d{2}\\.csv"),
                download.suggestedFilename());
        List<List<String>> records = Rfc4180.parse(Files.readString(download.path(), StandardCharsets.UTF_8));
        List<String> header = records.get(0);
        int score = header.indexOf(IndictmentsExam.TITLE + " (score)");
        int percent = header.indexOf(IndictmentsExam.TITLE + " (percent)");
        assertTrue(score > 0 && percent > 0, "the gradebook has the exam's columns: " + header);
        List<List<String>> rows = records.stream().filter(r -> r.get(0).equals(student)).toList();
        assertEquals(1, rows.size(), "one row for the student in " + records);
        assertEquals("Student " + student, rows.get(0).get(header.indexOf("Display name")));
        assertEquals("7.75", rows.get(0).get(score));
        assertEquals("77.5", rows.get(0).get(percent));
    }

    private static void signInAsTheInstructor(Page page) {
        page.navigate("/login");
        page.getByLabel("Username").fill(INSTRUCTOR);
        page.getByLabel("Password").fill(INSTRUCTOR_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Account")))
                .containsText("Signed in as");
    }

    private static String replaceLine(String text, int number, String replacement) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        lines.set(number - 1, replacement);
        return String.join("\n", lines) + (text.endsWith("\n") ? "\n" : "");
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The header's link to the instructor area (breadcrumbs name it too). */
    private static Locator instructorArea(Page page) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Account"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Instructor").setExact(true));
    }

    private static Locator statistic(Page page, String label) {
        return page.locator("table.stats-table tr").filter(new Locator.FilterOptions().setHas(
                page.locator("th", new Page.LocatorOptions().setHasText(label)))).locator("td").first();
    }
}
