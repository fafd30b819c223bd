package org.cyberpolicy.quiz.web.instructor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import io.restassured.response.Response;

/**
 * An instructor edits a bank file in the browser: only an edit that leaves the whole bank valid is written and put in
 * service; anything else leaves the file on disk and the bank in service exactly as they were.
 */
@QuarkusTest
@TestProfile(EditableBankProfile.class)
class BankFilePageTest {

    private static final Path FILE = Path.of(EditableBankProfile.DIR, EditableBankProfile.FILE);
    private static final String EDITOR = "/instructor/bank/files/" + EditableBankProfile.FILE;
    private static final Pattern HASH = Pattern.compile("name=\"hash\" value=\"([0-9a-f]+)\"");

    @Inject
    CurrentBank currentBank;

    private byte[] original;
    private Browser instructor;

    @BeforeEach
    void signIn() throws IOException {
        original = Files.readAllBytes(Path.of(StudentFlowProfile.BANK, EditableBankProfile.FILE));
        instructor = Browser.signedInAs(TestAccounts.instructor());
    }

    @AfterEach
    void putTheBankBack() throws IOException {
        Files.write(FILE, original);
        currentBank.reload();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String hashIn(Response page) {
        Matcher hash = HASH.matcher(page.asString());
        assertTrue(hash.find(), "the editor carries the file's hash");
        return hash.group(1);
    }

    private Response save(String content, String hash) {
        return instructor.post(EDITOR, Map.of("content", content, "hash", hash));
    }

    @Test
    void theEditorShowsTheFileInALabelledTextAreaAndANumberedListing() {
        instructor.get(EDITOR).then().statusCode(200)
                .body(containsString("<label for=\"bank-content\">"))
                .body(containsString("<textarea id=\"bank-content\" name=\"content\""))
                .body(containsString("prompt: Five people were charged."))
                .body(containsString("<li id=\"L73\"><code>    prompt: Five people were charged.</code></li>"));
    }

    @Test
    void savingTheTextAreaAsShownLeavesTheFileByteForByte() throws IOException {
        Response page = instructor.get(EDITOR);
        Matcher area = Pattern.compile("<textarea[^>]*>\n(.*?)</textarea>", Pattern.DOTALL).matcher(page.asString());
        assertTrue(area.find());
        String shown = area.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");

        save(shown, hashIn(page)).then().statusCode(303);

        assertArrayEquals(original, Files.readAllBytes(FILE));
    }

    @Test
    void aValidEditIsWrittenAndPutInService() throws IOException {
        String before = currentBank.get().version();
        String hash = hashIn(instructor.get(EDITOR));
        String edited = text(original).replace("Five people were charged.", "Six people were charged.");

        save(edited, hash).then().statusCode(303).header("Location", endsWith(EDITOR + "?saved=true"));

        assertEquals(edited, Files.readString(FILE));
        assertNotEquals(before, currentBank.get().version());
        assertEquals("Six people were charged.", currentBank.get().question("t-true-false").orElseThrow().prompt());
        instructor.get(EDITOR + "?saved=true").then().statusCode(200)
                .body(containsString("version " + currentBank.get().version() + " is in service"));
    }

    @Test
    void anInvalidEditIsShownWithItsErrorsAndChangesNeitherTheFileNorTheBank() throws IOException {
        String before = currentBank.get().version();
        String hash = hashIn(instructor.get(EDITOR));
        String broken = text(original).replace("      - agency\n", "      - agencyy\n");

        save(broken, hash).then().statusCode(422)
                .body(containsString("<a href=\"#L46\"><code>" + FILE + ":46:9</code></a>: question &#39;t-single&#39;"
                        + " refers to the fact &#39;agencyy&#39;, which the bank does not define"))
                .body(containsString("<li id=\"L46\" class=\"line-flagged\"><code>      - agencyy</code>"))
                .body(containsString("- agencyy\n"));

        assertArrayEquals(original, Files.readAllBytes(FILE));
        assertEquals(before, currentBank.get().version());
    }

    /** The file with its quizzes gone, as an emptied quizzes file leaves a bank: valid, with nothing to take. */
    private String withoutQuizzes() {
        String text = text(original);
        return text.substring(0, text.indexOf("quizzes:\n"));
    }

    @Test
    void anEditThatRemovesEveryQuizIsNotSavedAndAsksForConfirmation() throws IOException {
        String before = currentBank.get().version();
        String hash = hashIn(instructor.get(EDITOR));

        save(withoutQuizzes(), hash).then().statusCode(409)
                .body(containsString("Nothing was saved yet: the bank with this edit is valid, but the bank would"
                        + " have no quiz left: the 4 quizzes in service now would go"))
                .body(containsString("<input type=\"checkbox\" id=\"confirm-emptying\" name=\"confirm\""))
                .body(containsString("name=\"hash\" value=\"" + hash + "\""));

        assertArrayEquals(original, Files.readAllBytes(FILE));
        assertEquals(before, currentBank.get().version());
        assertEquals(4, currentBank.get().quizzes().size());
    }

    @Test
    void anEditThatRemovesEveryQuizComesBackWithTheValidatorsWarning() {
        String hash = hashIn(instructor.get(EDITOR));

        save(withoutQuizzes(), hash).then().statusCode(409)
                .body(containsString("the bank has no quiz: students have nothing to take"));
    }

    @Test
    void aConfirmedEditThatRemovesEveryQuizIsSaved() throws IOException {
        String hash = hashIn(instructor.get(EDITOR));

        instructor.post(EDITOR, Map.of("content", withoutQuizzes(), "hash", hash, "confirm", "true")).then()
                .statusCode(303).header("Location", endsWith(EDITOR + "?saved=true"));

        assertEquals(withoutQuizzes(), Files.readString(FILE));
        assertEquals(0, currentBank.get().quizzes().size());
    }

    @Test
    void anEditThatKeepsAQuizNeedsNoConfirmation() throws IOException {
        String hash = hashIn(instructor.get(EDITOR));
        String text = text(original);
        // Only the first quiz, every-type, is left.
        String oneQuiz = text.substring(0, text.indexOf("  - id: single-shot\n"));

        save(oneQuiz, hash).then().statusCode(303);

        assertEquals(1, currentBank.get().quizzes().size());
    }

    @Test
    void aSaveFromAStaleCopyIsRefusedAndShowsBothVersions() throws IOException {
        String before = currentBank.get().version();
        String hash = hashIn(instructor.get(EDITOR));
        String theirs = text(original).replace("Four people were charged.", "Four people were indicted.");
        Files.writeString(FILE, theirs);
        String mine = text(original).replace("Five people were charged.", "Six people were charged.");

        Response refused = save(mine, hash);

        refused.then().statusCode(409)
                .body(containsString("changed on disk after you opened it"))
                .body(containsString("Six people were charged."))
                .body(containsString("<code>    statement: Four people were indicted.</code>"));
        assertEquals(theirs, Files.readString(FILE));
        assertEquals(before, currentBank.get().version());
        assertNotEquals(hash, hashIn(refused), "saving again from this page replaces the file knowingly");
    }

    @Test
    void browserLineEndingsAreSavedAsPlainNewlines() throws IOException {
        String hash = hashIn(instructor.get(EDITOR));
        String edited = text(original).replace("Five people were charged.", "Six people were charged.");

        save(edited.replace("\n", "\r\n"), hash).then().statusCode(303);

        assertEquals(edited, Files.readString(FILE));
    }

    @Test
    void anInstructorFixesAQuestionAfterTheValidatorCatchesAMistake() throws IOException {
        String hash = hashIn(instructor.get(EDITOR));
        // The instructor means to make the true/false question true, but types the answer as a word the format
        // does not know.
        String mistaken = text(original).replace("    prompt: Five people were charged.\n    answer: false\n",
                "    prompt: Four people were charged.\n    answer: yes please\n");
        assertNotEquals(text(original), mistaken);

        Response caught = save(mistaken, hash);
        caught.then().statusCode(422).body(containsString(FILE + ":74:13</code></a>: "));
        assertArrayEquals(original, Files.readAllBytes(FILE));

        String fixed = mistaken.replace("answer: yes please", "answer: true");
        save(fixed, hashIn(caught)).then().statusCode(303);

        assertEquals(fixed, Files.readString(FILE));
        assertEquals("Four people were charged.", currentBank.get().question("t-true-false").orElseThrow().prompt());
    }

    @Test
    void markupTypedIntoTheEditIsShownAsText() {
        String hash = hashIn(instructor.get(EDITOR));
        String hostile = text(original).replace("      - agency\n", "      - \"</textarea><script>x()</script>\"\n");

        save(hostile, hash).then().statusCode(422)
                .body(not(containsString("<script>x()")))
                .body(containsString("&lt;/textarea&gt;&lt;script&gt;x()&lt;/script&gt;"));
    }

    @Test
    void aFileOutsideTheBankOrNotYamlIsRefused() throws IOException {
        Path outside = Path.of(EditableBankProfile.DIR).resolveSibling("outside.yaml");
        Files.writeString(outside, "secret: outside the bank\n");
        for (String path : new String[] { "..%2Foutside.yaml", "%2E%2E/outside.yaml", "notes.txt", ".hidden.yaml" }) {
            Response refused = instructor.get("/instructor/bank/files/" + path);
            assertTrue(refused.statusCode() == 400 || refused.statusCode() == 404,
                    path + " answered " + refused.statusCode());
            assertFalse(refused.asString().contains("outside the bank"), path + " showed the file outside");
        }
        instructor.get("/instructor/bank/files/notes.txt").then().statusCode(400)
                .body(containsString("only .yaml and .yml files"));
        instructor.get("/instructor/bank/files/missing.yaml").then().statusCode(404)
                .body(containsString("The bank has no file &#39;missing.yaml&#39;."));
    }

    @Test
    void aSaveToAPathOutsideTheBankWritesNothing() throws IOException {
        Path outside = Path.of(EditableBankProfile.DIR).resolveSibling("outside.yaml");
        Files.writeString(outside, "secret: outside the bank\n");
        instructor.get(EDITOR);

        Response refused = instructor.post("/instructor/bank/files/..%2Foutside.yaml",
                Map.of("content", "overwritten: true\n", "hash", "0"));

        assertTrue(refused.statusCode() == 400 || refused.statusCode() == 404, "answered " + refused.statusCode());
        assertEquals("secret: outside the bank\n", Files.readString(outside));
    }
}
