package org.cyberpolicy.quiz.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.cyberpolicy.quiz.testing.browser.Roles.heading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.cyberpolicy.quiz.export.Rfc4180;
import org.cyberpolicy.quiz.testing.ShippedBankCopyProfile;
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
 * The instructor takes the grades to the school's LMS, in a real Chromium: on the export page they pick the
 * indictments exam, apply the filter, and download the gradebook for Moodle and then for Canvas; each file has the
 * columns that LMS's import expects, for that quiz only. The page passes axe-core and the Nu checker.
 */
@QuarkusTest
@TestProfile(ShippedBankCopyProfile.class)
class GradebookExportJourneyTest extends BrowserJourney {

    @Test
    void anInstructorDownloadsTheGradebookForMoodleAndForCanvas() throws IOException {
        JourneyPage tab = open(Screen.DESKTOP);
        Page page = tab.page();
        page.navigate("/login");
        page.getByLabel("Username").fill("instructor");
        page.getByLabel("Password").fill("test-instructor-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        tab.go("/instructor/export");
        assertThat(heading(page)).hasText("Score exports");
        page.getByLabel("Quiz").selectOption(IndictmentsExam.QUIZ_ID);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply the filters to the downloads"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Gradebook for Moodle or Canvas"))).isVisible();
        tab.check("gradebook-for-an-lms");

        Download moodle = page.waitForDownload(() -> link(page, "Gradebook for Moodle (CSV)").click());
        assertTrue(moodle.suggestedFilename().matches("gradebook-moodle-\\d{4}-\\d\\d-\\d\\d\\.csv"),
                moodle.suggestedFilename());
        List<List<String>> moodleSheet = Rfc4180.parse(Files.readString(moodle.path(), StandardCharsets.UTF_8));
        assertEquals(List.of("First name", "Last name", "ID number", "Email address", IndictmentsExam.TITLE),
                moodleSheet.get(0));

        Download canvas = page.waitForDownload(() -> link(page, "Gradebook for Canvas (CSV)").click());
        List<List<String>> canvasSheet = Rfc4180.parse(Files.readString(canvas.path(), StandardCharsets.UTF_8));
        assertEquals(List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section",
                IndictmentsExam.TITLE + " (" + IndictmentsExam.QUIZ_ID + ")"), canvasSheet.get(0));
        assertEquals("    Points Possible", canvasSheet.get(1).get(0));
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
