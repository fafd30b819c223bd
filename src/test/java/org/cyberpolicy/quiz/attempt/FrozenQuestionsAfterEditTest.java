package org.cyberpolicy.quiz.attempt;

import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.edit.BankFile;
import org.cyberpolicy.quiz.bank.edit.EditResult;
import org.cyberpolicy.quiz.testing.EditableBankProfile;
import org.cyberpolicy.quiz.testing.StudentFlowProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** An attempt started before an edit of the bank keeps showing and grading the questions it started with. */
@QuarkusTest
@Tag("database")
@TestProfile(EditableBankProfile.class)
class FrozenQuestionsAfterEditTest {

    private static final Path FILE = Path.of(EditableBankProfile.DIR, EditableBankProfile.FILE);

    @Inject
    CurrentBank currentBank;

    @AfterEach
    void putTheBankBack() throws IOException {
        Files.write(FILE, Files.readAllBytes(Path.of(StudentFlowProfile.BANK, EditableBankProfile.FILE)));
        currentBank.reload();
    }

    /** Turns t-true-false ("Five people were charged", false) into "Four people were charged", true. */
    private void editTheQuestion() {
        BankFile file = currentBank.files().resolve(EditableBankProfile.FILE);
        String text = currentBank.files().read(file).text();
        String edited = text.replace("    prompt: Five people were charged.\n    answer: false\n",
                "    prompt: Four people were charged.\n    answer: true\n");
        assertInstanceOf(EditResult.Saved.class,
                currentBank.save(file, edited, currentBank.files().read(file).hash()));
    }

    @Test
    void anOpenAttemptStillShowsAndGradesItsOldQuestionAfterAnEdit() {
        String student = TestAccounts.student();
        long id = as(student).post("/api/quizzes/single-shot/attempts").then().statusCode(201).extract().jsonPath()
                .getLong("id");

        editTheQuestion();

        as(student).get("/api/attempts/" + id).then().statusCode(200)
                .body("questions[0].prompt", equalTo("Five people were charged."));
        as(student).contentType(ContentType.JSON).body(Map.of("responses", Map.of("t-true-false", false)))
                .post("/api/attempts/" + id + "/submit").then().statusCode(200)
                .body("questions[0].prompt", equalTo("Five people were charged."))
                .body("questions[0].correct", is(true))
                .body("percent", equalTo(100.0f));
    }

    @Test
    void anAttemptStartedAfterTheEditGetsTheNewQuestion() {
        editTheQuestion();

        as(TestAccounts.student()).post("/api/quizzes/single-shot/attempts").then().statusCode(201)
                .body("questions[0].prompt", equalTo("Four people were charged."));
    }
}
