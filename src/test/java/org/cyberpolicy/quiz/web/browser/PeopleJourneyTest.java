package org.cyberpolicy.quiz.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.cyberpolicy.quiz.testing.browser.Roles.button;
import static org.cyberpolicy.quiz.testing.browser.Roles.heading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import java.util.List;
import java.util.UUID;

import org.cyberpolicy.quiz.testing.TestAccounts;
import org.cyberpolicy.quiz.testing.browser.BrowserJourney;
import org.cyberpolicy.quiz.testing.browser.JourneyPage;
import org.cyberpolicy.quiz.testing.browser.Screen;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 19 in a real Chromium: an instructor creates an assistant (and sees the one-time link once), imports a roster
 * of 30 students with two bad rows (the preview lists both with their lines; applying creates 30 accounts and a new
 * section; the links download as CSV), a student of the roster uses their one-time link and is signed in, the
 * instructor filters the exam's results by the new section, and issues that student a password reset link. Every
 * page passes axe and Nu.
 */
@QuarkusTest
class PeopleJourneyTest extends BrowserJourney {

    private static final String NEW_PASSWORD = "amber lantern in the fog";

    @Test
    void anInstructorStaffsTheCourseImportsARosterAndAStudentUsesTheirLink() throws IOException {
        String instructor = TestAccounts.instructor();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String section = "Tutorial " + tag;

        JourneyPage staff = open(Screen.DESKTOP);
        Page page = staff.page();
        new StudentSite(staff, "people").signIn(instructor, TestAccounts.PASSWORD);

        // A new assistant: the link is on the answer, once.
        staff.go("/instructor/people");
        String assistant = "ta-" + tag;
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).first().fill(assistant);
        page.getByLabel("Display name").fill("Assistant Lee " + tag);
        page.getByLabel("Role", new Page.GetByLabelOptions().setExact(true)).selectOption("assistant");
        button(page, "Create and show the link").click();
        assertThat(page.locator("#new-link")).containsText(assistant);
        assertThat(page.locator("#new-link code.one-time-link")).containsText("/link/");
        staff.check("people-assistant-created");

        // A roster of 30, with a bad username and a duplicate row among them.
        StringBuilder csv = new StringBuilder("username,display name,student number,email,section\n");
        for (int i = 1; i <= 30; i++) {
            csv.append("r").append(tag).append("-").append(i).append(",Student ").append(i).append(",N-").append(i)
                    .append(",r").append(i).append("@example.edu,").append(section).append('\n');
            if (i == 10) {
                csv.append("Not A Name!,Bad Row,,,").append(section).append('\n');
            }
            if (i == 20) {
                csv.append("r").append(tag).append("-20,Student 20,N-20,r20@example.edu,").append(section)
                        .append('\n');
            }
        }
        staff.go("/instructor/roster");
        staff.check("roster-upload");
        page.getByLabel("Roster file").setInputFiles(new FilePayload("roster.csv", "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8)));
        button(page, "Preview").click();
        assertThat(heading(page)).hasText("Roster preview");
        assertThat(page.locator("#count-created")).hasText("30");
        assertThat(page.locator("#refused-rows tbody tr")).hasCount(2);
        assertThat(page.locator("#refused-rows tbody tr").nth(0)).containsText("12");
        assertThat(page.locator("#refused-rows tbody tr").nth(1)).containsText("23");
        staff.check("roster-preview");

        button(page, "Apply").click();
        assertThat(heading(page)).hasText("Roster imported");
        assertThat(page.locator("#roster-links tbody tr")).hasCount(30);
        staff.check("roster-applied");
        Download download = page.waitForDownload(() -> page.locator("#download-links").click());
        List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
        assertEquals(31, lines.size(), String.join("\n", lines));
        assertEquals("username,display name,section,link,expires", lines.get(0));
        String first = lines.stream().filter(l -> l.startsWith("r" + tag + "-1,")).findFirst().orElseThrow();
        String link = first.split(",")[3];
        assertTrue(link.contains("/link/"), first);

        // The student opens their link, sets a password, and is signed in.
        JourneyPage tab = open(Screen.PHONE);
        tab.page().navigate(link);
        assertThat(heading(tab.page())).hasText("Set your password");
        tab.check("link-set-password");
        tab.page().getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
        tab.page().getByLabel("New password again").fill(NEW_PASSWORD);
        button(tab.page(), "Set password and sign in").click();
        assertThat(tab.page().locator(".account-nav")).containsText("Student 1");
        tab.check("link-signed-in");

        // The student has an attempt; another student outside the section has one too.
        String student = "r" + tag + "-1";
        io.restassured.RestAssured.given().auth().preemptive().basic(student, NEW_PASSWORD)
                .contentType("application/json").post("/api/quizzes/" + IndictmentsExam.QUIZ_ID + "/attempts").then()
                .statusCode(201);
        String outsider = TestAccounts.student();
        TestAccounts.as(outsider).post("/api/quizzes/" + IndictmentsExam.QUIZ_ID + "/attempts").then()
                .statusCode(201);

        // The instructor again (one tab at a time: a new one closes the last).
        JourneyPage again = open(Screen.DESKTOP);
        Page second = again.page();
        new StudentSite(again, "people").signIn(instructor, TestAccounts.PASSWORD);
        again.go("/instructor/quizzes/" + IndictmentsExam.QUIZ_ID + "/results");
        second.getByLabel("Section").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(section));
        button(second, "Filter").click();
        assertThat(second.locator("main table").first()).containsText("Student 1");
        assertThat(second.locator("main table").first()).not().containsText(outsider);
        again.check("results-by-section");

        // A forgotten password: a reset link from the people page.
        again.go("/instructor/people");
        second.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).last().fill(student);
        button(second, "Issue a reset link").click();
        assertThat(second.locator("#new-link")).containsText(student);
        again.check("people-reset-link");
    }

}
