package org.cyberpolicy.quiz.web.api;

import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.cyberpolicy.quiz.web.api.TrainApiTest.answer;
import static org.cyberpolicy.quiz.web.api.TrainApiTest.factOf;
import static org.cyberpolicy.quiz.web.api.TrainApiTest.next;
import static org.cyberpolicy.quiz.web.api.TrainApiTest.rightAnswer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.load.LoadResult;
import org.cyberpolicy.quiz.testing.EditableTrainingBankProfile;
import org.cyberpolicy.quiz.testing.MovableTrainingClock;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The schedule survives edits of the bank, except where it should not: a fact whose value changes starts afresh, and
 * a removed fact is no longer scheduled. The briefing, built once per bank, follows the edit at once.
 */
@QuarkusTest
@Tag("database")
@TestProfile(EditableTrainingBankProfile.class)
class TrainingAfterBankEditsTest {

    @Inject
    CurrentBank bank;

    @Inject
    MovableTrainingClock clock;

    static JsonPath progress(String student) {
        return as(student).get("/api/train/progress").then().statusCode(200).extract().jsonPath();
    }

    static String fact(JsonPath progress, String id, String field) {
        return progress.getString("factProgress.find { it.id == '" + id + "' }." + field);
    }

    @Test
    void aChangedValueResetsItsFactAndARemovedFactIsNoLongerScheduled() throws Exception {
        String student = TestAccounts.student();
        for (int i = 0; i < 3; i++) {
            JsonPath question = next(student);
            answer(student, question, rightAnswer(question));
        }
        JsonPath before = progress(student);
        assertEquals("learning", fact(before, "count", "phase"));
        assertEquals("learning", fact(before, "group", "phase"));

        Path file = EditableTrainingBankProfile.FOLDER.resolve("bank.yaml");
        String yaml = Files.readString(file);
        String edited = yaml.replace("    statement: Four people were charged.\n    value: 4\n",
                "    statement: Five people were charged.\n    value: 5\n");
        // Remove the group fact and the questions that test it.
        edited = edited.replaceAll("(?s)  - id: group\n.*?(?=  - id: month\n)", "")
                .replaceAll("(?s)  - id: group-short\n.*?(?=  - id: month-date\n)", "")
                .replace("      - group-short\n", "");
        assertFalse(edited.contains("Hafnium") || edited.contains("value: 4"), edited);
        Files.writeString(file, edited);
        assertInstanceOf(LoadResult.Loaded.class, bank.reload(), () -> bank.reload().toString());

        JsonPath after = progress(student);
        assertNull(fact(after, "count", "phase"), "the changed fact is new again");
        assertEquals("0", fact(after, "count", "reps"));
        assertEquals("learning", fact(after, "agency", "phase"), "an unchanged fact keeps its memory");
        assertFalse(after.getList("factProgress.id").contains("group"), "the removed fact is gone");

        clock.advance(Duration.ofDays(1));
        List<String> asked = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            JsonPath question = next(student);
            if (!"question".equals(question.getString("status"))) {
                break;
            }
            asked.add(factOf(question.getString("question.id")) + ":" + question.getString("reason"));
            answer(student, question, question.getString("question.id").equals("count-numeric") ? 5
                    : rightAnswer(question));
        }
        assertFalse(asked.stream().anyMatch(a -> a.startsWith("group")), asked.toString());
        // The reset fact is met again as a new one; agency is a due review.
        assertEquals(true, asked.contains("count:new"), asked.toString());
        assertEquals(true, asked.contains("agency:due"), asked.toString());
    }

    @Test
    void theBriefingShowsAnEditedStatementAsSoonAsTheBankIsReloaded() throws Exception {
        String student = TestAccounts.student();
        String before = "The defendants worked for the Ministry of State Security.";
        String after = "The defendants were employed by the Ministry of State Security.";
        assertEquals(before, statementOfAgency(student));

        Path file = EditableTrainingBankProfile.FOLDER.resolve("bank.yaml");
        Files.writeString(file, Files.readString(file).replace("    statement: " + before + "\n",
                "    statement: " + after + "\n"));
        assertInstanceOf(LoadResult.Loaded.class, bank.reload(), () -> bank.reload().toString());

        assertEquals(after, statementOfAgency(student));
    }

    private static String statementOfAgency(String student) {
        return as(student).get("/api/facts").then().statusCode(200).extract().jsonPath()
                .getString("facts.find { it.id == 'agency' }.statement");
    }
}
