package org.cyberpolicy.quiz.web.instructor;

import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.testing.Browser;
import org.cyberpolicy.quiz.testing.EditableBankProfile;
import org.cyberpolicy.quiz.testing.StudentFlowProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * After the files were edited on disk, a reload (from the bank page or the API) puts a valid bank in service and
 * reports an invalid one with every error, keeping the bank in service.
 */
@QuarkusTest
@TestProfile(EditableBankProfile.class)
class BankReloadTest {

    private static final Path FILE = Path.of(EditableBankProfile.DIR, EditableBankProfile.FILE);

    @Inject
    CurrentBank currentBank;

    private String original;

    @BeforeEach
    void readOriginal() throws IOException {
        original = Files.readString(Path.of(StudentFlowProfile.BANK, EditableBankProfile.FILE));
    }

    @AfterEach
    void putTheBankBack() throws IOException {
        Files.writeString(FILE, original);
        currentBank.reload();
    }

    /** The file with the fact list of t-single naming a fact that does not exist, at line 46, column 9. */
    private void breakTheFile() throws IOException {
        Files.writeString(FILE, original.replace("      - agency\n", "      - agencyy\n"));
    }

    @Test
    void aReloadFromTheBankPagePutsAValidChangeInService() throws IOException {
        String before = currentBank.get().version();
        Files.writeString(FILE, original.replace("Five people were charged.", "Six people were charged."));
        Browser instructor = Browser.signedInAs(TestAccounts.instructor());
        instructor.get("/instructor/bank");

        instructor.post("/instructor/bank/reload", Map.of())
                .then().statusCode(303).header("Location", endsWith("/instructor/bank?reloaded=true"));

        String after = currentBank.get().version();
        assertNotEquals(before, after);
        instructor.get("/instructor/bank?reloaded=true").then().statusCode(200)
                .body(containsString("Reloaded from disk: version <code>" + after + "</code> is in service."))
                .body(containsString("Six people were charged."));
    }

    @Test
    void aReloadFromTheBankPageOfABrokenFileKeepsTheBankAndShowsTheErrors() throws IOException {
        String before = currentBank.get().version();
        breakTheFile();
        byte[] broken = Files.readAllBytes(FILE);
        Browser instructor = Browser.signedInAs(TestAccounts.instructor());
        instructor.get("/instructor/bank");

        instructor.post("/instructor/bank/reload", Map.of()).then().statusCode(303);

        assertEquals(before, currentBank.get().version());
        assertArrayEquals(broken, Files.readAllBytes(FILE));
        instructor.get("/instructor/bank?reloaded=true").then().statusCode(200)
                .body(containsString("The files on disk have 1 error, so nothing changed: version <code>" + before
                        + "</code> stays in service."))
                .body(containsString("<a href=\"/instructor/bank/files/bank.yaml#L46\"><code>" + FILE
                        + ":46:9</code></a>: question &#39;t-single&#39; refers to the fact &#39;agencyy&#39;"));
    }

    @Test
    void theApiReloadAnswersWithTheNewVersion() throws IOException {
        Files.writeString(FILE, original.replace("Five people were charged.", "Six people were charged."));

        String version = as(TestAccounts.instructor()).post("/api/instructor/bank/reload")
                .then().statusCode(200).body("summary", equalTo("1 sources, 5 facts, 9 questions, 4 quizzes"))
                .extract().path("version");

        assertEquals(currentBank.get().version(), version);
    }

    @Test
    void theApiReloadOfABrokenFileAnswers422WithEveryErrorAndKeepsTheBank() throws IOException {
        String before = currentBank.get().version();
        breakTheFile();

        as(TestAccounts.instructor()).post("/api/instructor/bank/reload")
                .then().statusCode(422)
                .body("runningVersion", equalTo(before))
                .body("errors.size()", equalTo(1))
                .body("errors[0].file", equalTo(FILE.toString()))
                .body("errors[0].line", equalTo(46))
                .body("errors[0].column", equalTo(9))
                .body("errors[0].message", containsString("'agencyy'"));

        assertEquals(before, currentBank.get().version());
    }

    /** The file with its quizzes gone, as an emptied quizzes file leaves a bank: valid, with nothing to take. */
    private void removeEveryQuiz() throws IOException {
        Files.writeString(FILE, original.substring(0, original.indexOf("quizzes:\n")));
    }

    @Test
    void theApiReloadOfFilesWithoutAnyQuizIs409AndKeepsTheBank() throws IOException {
        String before = currentBank.get().version();
        removeEveryQuiz();

        as(TestAccounts.instructor()).post("/api/instructor/bank/reload")
                .then().statusCode(409)
                .body("error", containsString("the bank would have no quiz left: the 4 quizzes in service now"))
                .body("error", containsString("{\"confirm\": true}"))
                .body("runningVersion", equalTo(before))
                .body("warnings.message", hasItem("the bank has no quiz: students have nothing to take"));

        assertEquals(before, currentBank.get().version());
        assertEquals(4, currentBank.get().quizzes().size());
    }

    @Test
    void theApiReloadOfFilesWithoutAnyQuizPutsThemInServiceWhenConfirmed() throws IOException {
        removeEveryQuiz();

        as(TestAccounts.instructor()).body(Map.of("confirm", true)).post("/api/instructor/bank/reload")
                .then().statusCode(200).body("summary", equalTo("1 sources, 5 facts, 9 questions, 0 quizzes"));

        assertEquals(0, currentBank.get().quizzes().size());
    }

    @Test
    void aReloadFromTheBankPageOfFilesWithoutAnyQuizAsksFirstAndChangesNothing() throws IOException {
        String before = currentBank.get().version();
        removeEveryQuiz();
        Browser instructor = Browser.signedInAs(TestAccounts.instructor());
        instructor.get("/instructor/bank");

        instructor.post("/instructor/bank/reload", Map.of()).then().statusCode(409)
                .body(containsString("the bank would have no quiz left"))
                .body(containsString("<input type=\"checkbox\" id=\"confirm-emptying\" name=\"confirm\""))
                .body(containsString("Reload anyway"));

        assertEquals(before, currentBank.get().version());
    }

    @Test
    void aConfirmedReloadFromTheBankPagePutsFilesWithoutAnyQuizInService() throws IOException {
        removeEveryQuiz();
        Browser instructor = Browser.signedInAs(TestAccounts.instructor());
        instructor.get("/instructor/bank");

        instructor.post("/instructor/bank/reload", Map.of("confirm", "true")).then().statusCode(303)
                .header("Location", endsWith("/instructor/bank?reloaded=true"));

        assertEquals(0, currentBank.get().quizzes().size());
        instructor.get("/instructor/bank?reloaded=true").then().statusCode(200)
                .body(containsString("the bank has no quiz: students have nothing to take"));
    }

    @Test
    void theStatusSaysWhatTheLastReadOfTheFilesFound() throws IOException {
        String instructor = TestAccounts.instructor();
        String running = currentBank.get().version();
        breakTheFile();
        as(instructor).post("/api/instructor/bank/reload").then().statusCode(422);

        as(instructor).get("/api/instructor/bank/status")
                .then().statusCode(200)
                .body("version", equalTo(running))
                .body("lastLoad.accepted", equalTo(false))
                .body("lastLoad.cause", equalTo("reload"))
                .body("lastLoad.runningVersion", equalTo(running))
                .body("lastLoad.errors.line", hasItem(46));
    }

    @Test
    void theStatusOfAValidBankHasNoErrors() {
        as(TestAccounts.instructor()).get("/api/instructor/bank/status")
                .then().statusCode(200)
                .body("version", equalTo(currentBank.get().version()))
                .body("questions", equalTo(9))
                .body("lastLoad.accepted", equalTo(true))
                .body("lastLoad.errors.size()", equalTo(0));
    }
}
