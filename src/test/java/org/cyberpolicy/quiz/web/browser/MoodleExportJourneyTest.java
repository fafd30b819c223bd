package org.cyberpolicy.quiz.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.cyberpolicy.quiz.testing.browser.Roles.heading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.BankConfig;
import org.cyberpolicy.quiz.bank.load.BankLoader;
import org.cyberpolicy.quiz.bank.load.LoadResult;
import org.cyberpolicy.quiz.bank.yaml.YamlLimits;
import org.cyberpolicy.quiz.interop.Importer;
import org.cyberpolicy.quiz.interop.ParsedFile;
import org.cyberpolicy.quiz.interop.gift.GiftParser;
import org.cyberpolicy.quiz.interop.moodle.MoodleXmlReader;
import org.cyberpolicy.quiz.testing.ShippedBankCopyProfile;
import org.cyberpolicy.quiz.testing.browser.BrowserJourney;
import org.cyberpolicy.quiz.testing.browser.JourneyPage;
import org.cyberpolicy.quiz.testing.browser.Screen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The instructor takes the questions to Moodle, in a real Chromium, on a copy of the shipped bank: from the bank
 * page they download the whole bank as GIFT and the indictments exam as Moodle XML; both files read back through our
 * own import into a bank that validates. The bank page passes axe-core and the Nu checker, on a desktop and a phone.
 */
@QuarkusTest
@TestProfile(ShippedBankCopyProfile.class)
class MoodleExportJourneyTest extends BrowserJourney {

    private static final String INSTRUCTOR = "instructor";
    private static final String INSTRUCTOR_PASSWORD = "test-instructor-password";

    @TempDir
    Path scratch;

    @Test
    void anInstructorDownloadsTheBankAsGiftAndAQuizAsMoodleXmlFromTheBankPage() throws IOException {
        JourneyPage tab = open(Screen.DESKTOP);
        Page page = tab.page();
        signInAsTheInstructor(page);
        tab.go("/instructor");
        link(page, "Edit the question bank").click();
        assertThat(heading(page)).hasText("Question bank");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Export for Moodle")))
                .isVisible();
        tab.check("moodle-export-bank");

        Download gift = page.waitForDownload(() -> link(page, "GIFT of the whole bank").click());
        assertTrue(gift.suggestedFilename().matches("question-bank-[0-9a-f]{16}\\.gift"), gift.suggestedFilename());
        ParsedFile bank = GiftParser.parse(Files.readString(gift.path()), "bank.gift");
        assertEquals(List.of(), bank.errors());
        assertEquals(58, bank.questions().size());
        assertImportsIntoAValidBank(bank, scratch.resolve("from-gift"));

        Download xml = page.waitForDownload(() -> link(page, "Moodle XML of " + IndictmentsExam.TITLE).click());
        assertTrue(xml.suggestedFilename().matches("indictments-exam-[0-9a-f]{16}\\.xml"), xml.suggestedFilename());
        ParsedFile exam = MoodleXmlReader.read(Files.readAllBytes(xml.path()), "exam.xml",
                MoodleXmlReader.DEFAULT_MAX_BYTES);
        assertEquals(List.of(), exam.errors());
        assertTrue(exam.questions().size() > 0 && exam.questions().size() < 58, "the exam's questions only");
        assertImportsIntoAValidBank(exam, scratch.resolve("from-xml"));
    }

    @Test
    void theBankPagesDownloadsFitAPhone() {
        JourneyPage tab = open(Screen.PHONE);
        Page page = tab.page();
        signInAsTheInstructor(page);
        tab.go("/instructor/bank#bank-moodle");
        assertThat(link(page, "Moodle XML of the whole bank")).isVisible();
        tab.check("moodle-export-bank-phone");
    }

    private static void assertImportsIntoAValidBank(ParsedFile parsed, Path folder) throws IOException {
        Importer.Outcome outcome = new Importer(BankConfig.DEFAULT_MAX_FILE_BYTES).importInto(parsed, "download",
                folder, Optional.empty());
        assertInstanceOf(Importer.Written.class, outcome, outcome::toString);
        LoadResult loaded = new BankLoader(BankConfig.DEFAULT_MAX_FILE_BYTES, YamlLimits.DEFAULT).load(folder);
        assertInstanceOf(LoadResult.Loaded.class, loaded, loaded::toString);
    }

    private static void signInAsTheInstructor(Page page) {
        page.navigate("/login");
        page.getByLabel("Username").fill(INSTRUCTOR);
        page.getByLabel("Password").fill(INSTRUCTOR_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Account")))
                .containsText("Signed in as");
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
