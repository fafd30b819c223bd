package org.cyberpolicy.quiz.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.cyberpolicy.quiz.testing.browser.Roles.button;
import static org.cyberpolicy.quiz.testing.browser.Roles.header;
import static org.cyberpolicy.quiz.testing.browser.Roles.heading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.cyberpolicy.quiz.testing.TestAccounts;
import org.cyberpolicy.quiz.testing.browser.BrowserJourney;
import org.cyberpolicy.quiz.testing.browser.JourneyPage;
import org.cyberpolicy.quiz.testing.browser.Screen;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A student reads the briefings in a real Chromium on the shipped bank: a topic from the header, an entry of the
 * timeline, the fact a review links to, training limited to a topic; the topic as a printed handout (A4 and Letter);
 * the refusal of the facts an open exam tests; and the pages on a phone. Every page passes axe and Nu.
 */
@QuarkusTest
class BriefingJourneyTest extends BrowserJourney {

    /** The printable width of A4 with the print stylesheet's 15 mm margins, in CSS pixels (Letter is wider). */
    private static final int A4_PRINTABLE_WIDTH = (int) Math.floor((210 - 2 * 15) / 25.4 * 96);

    @Test
    void aStudentReadsATopicFollowsTheTimelineAndAReviewsLinkAndTrainsOnTheTopic() {
        String student = TestAccounts.student();
        JourneyPage tab = open(Screen.DESKTOP);
        Page page = tab.page();
        new StudentSite(tab, "briefing").signIn(student, TestAccounts.PASSWORD);

        header(page, "Briefings").click();
        assertThat(heading(page)).hasText("Briefings");
        tab.check("briefing-index");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The Microsoft Exchange attack")).click();
        assertThat(heading(page)).hasText("The Microsoft Exchange attack");
        assertThat(page.locator("#fact-exchange-hafnium .statement")).containsText("Hafnium");
        assertThat(page.locator("#fact-exchange-zero-days-disclosed .fact-note")).containsText("Note on the sources");
        assertThat(page.locator("#fact-white-house-exchange-attribution blockquote"))
                .hasText("“with a high degree of confidence”");
        assertThat(page.locator("#fact-white-house-exchange-attribution figcaption"))
                .hasText("— The White House, as reported by Telecoms.com");
        tab.check("briefing-topic");

        // The timeline, from the index: March 2021 is the disclosure of the Exchange flaws, on the Exchange page.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Timeline").setExact(true)).click();
        Locator march = page.locator("ol.timeline li").filter(new Locator.FilterOptions().setHasText("March 2021"));
        assertThat(march).hasCount(1);
        march.getByRole(AriaRole.LINK).click();
        assertThat(page).hasURL(Pattern.compile("/learn/exchange#fact-exchange-zero-days-disclosed$"));
        assertEquals("fact-exchange-zero-days-disclosed", page.evaluate("document.querySelector(':target').id"));
        assertThat(page.locator("#fact-exchange-zero-days-disclosed")).isInViewport();
        tab.check("briefing-timeline-entry");

        // A review's fact links to its place in the briefing.
        long attempt = TestAccounts.as(student).post("/api/quizzes/exchange-practice/attempts").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        TestAccounts.as(student).post("/api/attempts/" + attempt + "/submit").then().statusCode(200);
        tab.go("/attempts/" + attempt + "/review");
        Locator link = page.locator("a.briefing-link").first();
        String factId = link.getAttribute("href").replace("/learn/facts/", "");
        link.click();
        assertThat(page).hasURL(Pattern.compile("/learn/[a-z-]+#fact-" + factId + "$"));
        assertEquals("fact-" + factId, page.evaluate("document.querySelector(':target').id"));
        tab.check("briefing-from-review");

        // Training limited to the topic, from its briefing.
        tab.go("/learn/exchange");
        button(page, "Train this topic").click();
        assertThat(heading(page)).hasText("Training");
        assertThat(page.locator(".attempt-status")).containsText("Topics: exchange");
        tab.check("briefing-train-topic");
    }

    @Test
    void aTopicPrintsWithoutNavigationOrButtonsAndItsTableFitsThePage() throws Exception {
        JourneyPage tab = open(Screen.DESKTOP);
        Page page = tab.page();
        new StudentSite(tab, "briefing").signIn(TestAccounts.student(), TestAccounts.PASSWORD);
        tab.go("/learn/exchange");

        page.setViewportSize(A4_PRINTABLE_WIDTH, 1000);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("header.site-header")).isHidden();
        assertThat(page.getByRole(AriaRole.NAVIGATION)).hasCount(0);
        assertEquals(0, page.locator("main button:visible, main form:visible, .crumbs:visible").count());
        assertThat(page.locator("table.sources-table")).isVisible();
        Object overflow = page.evaluate("""
                () => [...document.querySelectorAll('main table, main .table-wrap, main li, main p')]
                  .filter(e => e.scrollWidth > e.clientWidth + 1
                      || e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                  .map(e => e.tagName + '.' + e.className)""");
        assertEquals(List.of(), overflow, "cut off when printed");

        for (String format : List.of("A4", "Letter")) {
            byte[] pdf = page.pdf(new Page.PdfOptions().setFormat(format).setPrintBackground(true));
            Path saved = Path.of("target", "screenshots", "briefing-print-" + format + ".pdf");
            Files.createDirectories(saved.getParent());
            Files.write(saved, pdf);
            String raw = new String(pdf, StandardCharsets.ISO_8859_1);
            assertTrue(raw.startsWith("%PDF-"), format);
            // The PDF's links: the topic's own ("also in" another topic) are there, the header's are not.
            assertTrue(raw.contains("/learn/"), format + ": no link to another topic in the PDF: the test sees nothing");
            for (String navigation : List.of("/progress", "/account", "/train", "/logout", "/instructor")) {
                assertFalse(raw.contains(navigation + ")"), format + ": the PDF links to " + navigation);
            }
        }
    }

    @Test
    void whileAnExamIsOpenTheBriefingOfItsFactsIsRefusedWithTheReasonAndUntilWhen() {
        String student = TestAccounts.student();
        TestAccounts.as(student).post("/api/quizzes/indictments-exam/attempts").then().statusCode(201);
        JourneyPage tab = open(Screen.DESKTOP);
        Page page = tab.page();
        new StudentSite(tab, "briefing").signIn(student, TestAccounts.PASSWORD);

        tab.go("/learn/indictments");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(
                "Held back while your exam “The July 2021 indictments” is open");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("At the latest they are shown again at");
        assertThat(page.locator("#fact-defendants-worked-for-mss")).hasCount(0);
        assertThat(page.locator("#fact-charges-announced-date")).hasCount(0);
        tab.check("briefing-held");

        tab.go("/learn");
        assertThat(page.locator("ol.timeline")).not().containsText("19 July 2021");
        tab.check("briefing-index-held");
    }

    @Test
    void onAPhoneTheBriefingsNeverScrollSideways() {
        JourneyPage tab = open(Screen.PHONE);
        new StudentSite(tab, "briefing").signIn(TestAccounts.student(), TestAccounts.PASSWORD);
        tab.go("/learn");
        tab.check("briefing-phone-index");
        tab.go("/learn/officials");
        tab.check("briefing-phone-topic");
        tab.go("/learn/indictments");
        tab.check("briefing-phone-indictments");
    }

}
