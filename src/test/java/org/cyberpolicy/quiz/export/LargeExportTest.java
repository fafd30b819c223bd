package org.cyberpolicy.quiz.export;

import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.testing.StudentFlowProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * 100 000 generated responses exported over HTTP, every row right. (That the export streams them rather than
 * holding them is shown by {@link StreamingExportTest}; here the whole chain, from the database to the client, is
 * checked on the same volume.) The generated rows are removed afterwards, so that other tests never see them.
 */
@QuarkusTest
@Tag("database")
@TestProfile(StudentFlowProfile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeExportTest {

    private final GeneratedAttempts data = GeneratedAttempts.tagged(
            UUID.randomUUID().toString().substring(0, 8), 1_000, 10);

    @Inject
    DataSource dataSource;

    @BeforeAll
    void generate() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            data.insert(connection);
        }
    }

    @AfterAll
    void remove() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            data.delete(connection);
        }
    }

    private Response download(String path) {
        return as(TestAccounts.instructor()).accept("*/*").get(path).then().statusCode(200).extract().response();
    }

    @Test
    void everyOneOfTheResponsesIsExportedWithItsFactsAndMark() throws Exception {
        assertEquals(100_000, data.responses());
        Response response = download("/api/export/responses.csv?quiz=" + data.quizId());

        long rows = 0;
        long points = 0;
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(response.asInputStream(), StandardCharsets.UTF_8))) {
            List<String> header = Rfc4180.parse(lines.readLine() + "\r\n").get(0);
            int questionId = header.indexOf("question_id");
            int facts = header.indexOf("fact_ids");
            int score = header.indexOf("score");
            int answer = header.indexOf("response");
            int attempt = header.indexOf("attempt_id");
            String line;
            while ((line = lines.readLine()) != null) {
                List<String> row = Rfc4180.parse(line + "\r\n").get(0);
                String position = row.get(questionId).substring("bulk-q".length());
                assertEquals("fact-" + position + " shared-fact", row.get(facts), line);
                assertEquals("\"=answer " + position + " of attempt " + row.get(attempt) + ", \\\"quoted\\\"\"",
                        row.get(answer), line);
                points += Long.parseLong(row.get(score));
                rows++;
            }
        }

        assertEquals(100_000, rows);
        long expected = 0;
        for (int s = 1; s <= data.students(); s++) {
            for (int n = 1; n <= data.attemptsEach(); n++) {
                expected += GeneratedAttempts.score(s, n);
            }
        }
        assertEquals(expected, points);
    }

    @Test
    void theGradebookGivesEachGeneratedStudentTheirHighestScore() {
        List<List<String>> sheet = Rfc4180.parse(download("/api/export/gradebook.csv?quiz=" + data.quizId())
                .asString());

        assertEquals(List.of("Username", "Display name", "Student number", "Section",
                "Bulk quiz " + data.tag() + " (score)", "Bulk quiz " + data.tag() + " (percent)"), sheet.get(0));
        int checked = 0;
        for (List<String> row : sheet.subList(1, sheet.size())) {
            if (row.get(0).startsWith("bulk-" + data.tag() + "-")) {
                int s = Integer.parseInt(row.get(0).substring(row.get(0).length() - 5));
                assertEquals("'=Bulk, student " + s, row.get(1));
                assertEquals(data.highestScore(s).toPlainString(), row.get(4), row.toString());
                assertEquals(data.highestScore(s).multiply(java.math.BigDecimal.TEN).toPlainString(), row.get(5));
                checked++;
            }
        }
        assertEquals(data.students(), checked);
    }

    @Test
    void theAttemptsExportHasOneRowPerGeneratedAttempt() {
        List<List<String>> sheet = Rfc4180.parse(download("/api/export/attempts.csv?quiz=" + data.quizId())
                .asString());

        assertEquals(1 + data.students() * data.attemptsEach(), sheet.size());
    }
}
