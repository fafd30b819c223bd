package org.cyberpolicy.quiz.web.instructor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cyberpolicy.quiz.interop.ImportMapper;
import org.cyberpolicy.quiz.interop.ParsedFile;
import org.cyberpolicy.quiz.interop.gift.GiftParser;
import org.cyberpolicy.quiz.interop.moodle.MoodleXmlReader;
import org.cyberpolicy.quiz.testing.Browser;
import org.cyberpolicy.quiz.testing.StudentFlowProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The bank page's downloads for Moodle: GIFT and Moodle XML of the bank or one quiz, for instructors only. */
@QuarkusTest
@TestProfile(StudentFlowProfile.class)
class QuestionExportDownloadsTest {

    private static final String GIFT = "/instructor/bank-export/questions.gift";
    private static final String XML = "/instructor/bank-export/questions.xml";

    @Test
    void theBankPageLinksToEachDownload() {
        Browser.signedInAs(TestAccounts.instructor()).get("/instructor/bank").then().statusCode(200)
                .body(containsString("<h2 id=\"bank-moodle\">Export for Moodle</h2>"))
                .body(containsString("href=\"" + GIFT + "\" download>GIFT<span class=\"visually-hidden\"> of the whole"
                        + " bank</span></a>"))
                .body(containsString("href=\"" + XML + "?quiz=every-type\" download>Moodle XML<span"
                        + " class=\"visually-hidden\"> of Every type</span></a>"));
    }

    @Test
    void anInstructorDownloadsOneQuizAsGiftThatOurImportReadsBack() {
        String gift = Browser.signedInAs(TestAccounts.instructor()).get(GIFT + "?quiz=every-type").then()
                .statusCode(200)
                .contentType(startsWith("text/plain"))
                .header("Content-Disposition",
                        matchesPattern("attachment; filename=\"every-type-[0-9a-f]{16}\\.gift\""))
                .header("Cache-Control", "no-store")
                .body(containsString("// an ordering question: GIFT has no ordering type"))
                .extract().asString();
        ParsedFile parsed = GiftParser.parse(gift, "download.gift");
        assertEquals(List.of(), parsed.errors());
        assertEquals(0, ImportMapper.map(parsed.questions(), "download.gift").report().leftOutCount());
    }

    @Test
    void anInstructorDownloadsTheWholeBankAsMoodleXml() {
        byte[] xml = Browser.signedInAs(TestAccounts.instructor()).get(XML).then().statusCode(200)
                .contentType(startsWith("application/xml"))
                .header("Content-Disposition",
                        matchesPattern("attachment; filename=\"question-bank-[0-9a-f]{16}\\.xml\""))
                .extract().asByteArray();
        ParsedFile parsed = MoodleXmlReader.read(xml, "download.xml", MoodleXmlReader.DEFAULT_MAX_BYTES);
        assertEquals(List.of(), parsed.errors());
        assertEquals(new String(xml, StandardCharsets.UTF_8).split("<question ").length - 1, parsed.questions().size());
    }

    @Test
    void anUnknownQuizIsRefusedWithAMessage() {
        Browser.signedInAs(TestAccounts.instructor()).get(GIFT + "?quiz=nope").then().statusCode(400)
                .body(containsString("the bank has no quiz"));
    }

    @ParameterizedTest
    @ValueSource(strings = { GIFT, XML })
    void aStudentGetsNoAnswerKeys(String download) {
        Browser.signedInAs(TestAccounts.student()).get(download).then().statusCode(403);
    }

    @ParameterizedTest
    @ValueSource(strings = { GIFT, XML })
    void anAnonymousBrowserIsSentToSignIn(String download) {
        given().redirects().follow(false).when().get(download).then().statusCode(302)
                .header("Location", endsWith("/login"));
    }
}
