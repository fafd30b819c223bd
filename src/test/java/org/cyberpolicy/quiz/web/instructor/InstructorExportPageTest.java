package org.cyberpolicy.quiz.web.instructor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cyberpolicy.quiz.testing.Browser;
import org.cyberpolicy.quiz.testing.StudentFlowProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The instructor's export page: filters in a plain GET form, and download links that work with the session. */
@QuarkusTest
@Tag("database")
@TestProfile(StudentFlowProfile.class)
class InstructorExportPageTest {

    @Test
    void showsTheFiltersAndALinkToEachExport() {
        Browser instructor = Browser.signedInAs(TestAccounts.instructor());

        instructor.get("/instructor/export").then().statusCode(200)
                .body(containsString("<form class=\"form export-filters\" method=\"get\" action=\"/instructor/export\">"))
                .body(containsString("<label for=\"export-quiz\">Quiz</label>"))
                .body(containsString("<option value=\"every-type\">Every type</option>"))
                .body(containsString("<label for=\"export-from\">"))
                .body(containsString("<label for=\"export-practice\">"))
                .body(containsString("href=\"/api/export/gradebook.csv\""))
                .body(containsString("href=\"/api/export/attempts.json\""))
                .body(containsString("href=\"/api/export/responses.csv\""))
                .body(not(containsString("<script")));
    }

    @Test
    void carriesTheChosenFiltersIntoTheLinks() {
        Browser instructor = Browser.signedInAs(TestAccounts.instructor());

        instructor.get("/instructor/export?quiz=every-type&from=2026-11-01&to=&practice=include&bom=true").then()
                .statusCode(200)
                .body(containsString("<option value=\"every-type\" selected>Every type</option>"))
                .body(containsString("value=\"2026-11-01\""))
                .body(containsString("<option value=\"include\" selected>"))
                .body(containsString(
                        "href=\"/api/export/gradebook.csv?quiz=every-type&amp;from=2026-11-01&amp;practice=include&amp;bom=true\""));
    }

    @Test
    void offersTheGradebookForMoodleAndForCanvasWithTheFiltersAndSaysHowToImportIt() {
        Browser instructor = Browser.signedInAs(TestAccounts.instructor());

        instructor.get("/instructor/export?quiz=every-type").then().statusCode(200)
                .body(containsString("href=\"/api/export/gradebook.csv?quiz=every-type&amp;format=moodle\""))
                .body(containsString("href=\"/api/export/gradebook.csv?quiz=every-type&amp;format=canvas\""))
                .body(containsString("<h3>Importing into Moodle</h3>"))
                .body(containsString("<h3>Importing into Canvas</h3>"));
        instructor.get("/instructor/export").then().statusCode(200)
                .body(containsString("href=\"/api/export/gradebook.csv?format=moodle\""));
    }

    @Test
    void refusesBadFiltersWithTheProblemsAndNoLinks() {
        Browser instructor = Browser.signedInAs(TestAccounts.instructor());

        instructor.get("/instructor/export?from=soon").then().statusCode(400)
                .body(containsString("These filters cannot be used"))
                .body(containsString("from: &#39;soon&#39; is neither a date"))
                .body(not(containsString("/api/export/gradebook.csv")));
    }

    @Test
    void theGradebookLinkDownloadsTheCsvWithTheBrowsersSession() {
        Browser instructor = Browser.signedInAs(TestAccounts.instructor());
        String page = instructor.get("/instructor/export?quiz=every-type").asString();
        Matcher link = Pattern.compile("href=\"(/api/export/gradebook\\.csv[^\"]*)\"").matcher(page);
        assertTrue(link.find(), "no gradebook link");

        instructor.request().get(link.group(1).replace("&amp;", "&")).then().statusCode(200)
                .header("Content-Disposition", containsString("attachment; filename=\"gradebook-"))
                .body(containsString("Username,Display name,Student number,Section,Every type (score),Every type (percent)"));
    }
}
