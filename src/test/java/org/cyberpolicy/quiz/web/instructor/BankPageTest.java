package org.cyberpolicy.quiz.web.instructor;

import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.attempt.QuestionUsage;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.load.LoadResult;
import org.cyberpolicy.quiz.testing.Browser;
import org.cyberpolicy.quiz.testing.EditableBankProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.cyberpolicy.quiz.web.format.Numbers;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** The bank page lists what the bank in service holds, how each question fared, and links into the editor. */
@QuarkusTest
@TestProfile(EditableBankProfile.class)
class BankPageTest {

    @Inject
    CurrentBank currentBank;

    private static String page() {
        return Browser.signedInAs(TestAccounts.instructor()).get("/instructor/bank").then().statusCode(200)
                .extract().asString();
    }

    private static Optional<QuestionUsage> usageOf(String questionId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Optional.ofNullable(QuestionUsage.ofGradedAttempts().get(questionId)));
    }

    /** A new student takes the one-question quiz (t-true-false, whose answer is false) and submits {@code answer}. */
    private static void takeSingleShot(boolean answer) {
        String student = TestAccounts.student();
        long id = as(student).post("/api/quizzes/single-shot/attempts").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as(student).contentType(ContentType.JSON).body(Map.of("responses", Map.of("t-true-false", answer)))
                .post("/api/attempts/" + id + "/submit").then().statusCode(200);
    }

    @Test
    void thePageShowsTheVersionAndEverySectionOfTheBank() {
        String html = page();
        assertTrue(html.contains("Version <code>" + currentBank.get().version() + "</code> is in service: "
                + "1 sources, 5 facts, 9 questions, 4 quizzes."), html);
        for (String section : new String[] { "bank-status", "bank-files", "bank-sources", "bank-facts",
                "bank-questions", "bank-quizzes" }) {
            assertTrue(html.contains("<h2 id=\"" + section + "\">"), section);
        }
        assertTrue(html.contains("<a href=\"/instructor/bank/files/bank.yaml\">Edit <code>bank.yaml</code></a>"));
        assertTrue(html.contains("<tr id=\"z-every-type\">"));
        assertTrue(html.contains("<tr id=\"s-test-daily\">"));
    }

    @Test
    void everyQuestionHasAnAnchorItsFactsAndALinkToItsLine() {
        String html = page();
        for (String id : currentBank.get().questions().keySet()) {
            assertTrue(html.contains("<tr id=\"q-" + id + "\">"), id);
        }
        Matcher row = Pattern.compile("<tr id=\"q-t-matching\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertTrue(row.find());
        assertTrue(row.group(1).contains("<a href=\"#f-four-charged\">four-charged</a>, "
                + "<a href=\"#f-announced\">announced</a>"), row.group(1));
        int line = currentBank.get().question("t-matching").orElseThrow().info().location().line();
        assertTrue(row.group(1).contains("<a href=\"/instructor/bank/files/bank.yaml#L" + line
                + "\"><code>bank.yaml:" + line + "</code></a>"), row.group(1));
    }

    @Test
    void everyFactListsTheQuestionsThatTestIt() {
        Matcher row = Pattern.compile("<tr id=\"f-disclosed\">(.*?)</tr>", Pattern.DOTALL).matcher(page());
        assertTrue(row.find());
        assertTrue(row.group(1).contains("<a href=\"#q-t-month\">t-month</a>, <a href=\"#q-t-ordering\">t-ordering</a>"),
                row.group(1));
    }

    @Test
    void gradedAttemptsCountInTheQuestionsUsage() {
        Optional<QuestionUsage> before = usageOf("t-true-false");
        long shownBefore = before.map(QuestionUsage::timesShown).orElse(0L);
        BigDecimal sumBefore = before.flatMap(QuestionUsage::meanPercent).orElse(BigDecimal.ZERO)
                .multiply(BigDecimal.valueOf(shownBefore));

        takeSingleShot(false);
        takeSingleShot(true);

        QuestionUsage after = usageOf("t-true-false").orElseThrow();
        assertEquals(shownBefore + 2, after.timesShown());
        BigDecimal expectedMean = sumBefore.add(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(after.timesShown()), 2, java.math.RoundingMode.HALF_UP);
        assertTrue(expectedMean.subtract(after.meanPercent().orElseThrow()).abs().compareTo(new BigDecimal("0.02")) <= 0,
                "mean " + after.meanPercent() + ", expected about " + expectedMean);
        Matcher row = Pattern.compile("<tr id=\"q-t-true-false\">(.*?)</tr>", Pattern.DOTALL).matcher(page());
        assertTrue(row.find());
        assertTrue(row.group(1).contains("<td>" + after.timesShown() + "</td>\n    <td>"
                + Numbers.plain(after.meanPercent().orElseThrow()) + "%</td>"), row.group(1));
    }

    @Test
    void aQuestionNoGradedAttemptShowedHasNoMeanScore() throws IOException {
        Path file = Path.of(EditableBankProfile.DIR, EditableBankProfile.FILE);
        String original = Files.readString(file);
        String unused = """
                  - id: t-in-no-quiz
                    type: true-false
                    prompt: No quiz asks this question.
                    facts:
                      - announced
                    answer: true

                quizzes:
                """;
        try {
            Files.writeString(file, original.replaceFirst("\nquizzes:\n", "\n" + unused));
            assertInstanceOf(LoadResult.Loaded.class, currentBank.reload(), "the bank with an unused question loads");
            assertTrue(usageOf("t-in-no-quiz").isEmpty(), "no quiz shows the question, so no attempt graded it");
            Matcher row = Pattern.compile("<tr id=\"q-t-in-no-quiz\">(.*?)</tr>", Pattern.DOTALL).matcher(page());
            assertTrue(row.find());
            assertTrue(row.group(1).contains("<td>0</td>\n    <td></td>"), row.group(1));
        } finally {
            Files.writeString(file, original);
            currentBank.reload();
        }
    }

    @Test
    void theReloadFormCarriesACsrfToken() {
        Browser.signedInAs(TestAccounts.instructor()).get("/instructor/bank").then()
                .body(containsString("<form method=\"post\" action=\"/instructor/bank/reload\" class=\"start-form\">\n"
                        + "  <input type=\"hidden\" name=\"csrf-token\" value=\""));
    }
}
