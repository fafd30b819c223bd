package org.cyberpolicy.quiz.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.BankConfig;
import org.cyberpolicy.quiz.bank.Draw;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.Quiz;
import org.cyberpolicy.quiz.bank.load.BankLoader;
import org.cyberpolicy.quiz.bank.load.LoadResult;
import org.cyberpolicy.quiz.bank.yaml.YamlLimits;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a deep linking answer says, on the shipped bank: a quiz's points (its grade column's maximum), the content
 * item of an exam and of a practice quiz, and the claims of a pick and of a cancel.
 */
class DeepLinkAnswerTest {

    static Bank bank;

    @BeforeAll
    static void load() {
        LoadResult result = new BankLoader(BankConfig.DEFAULT_MAX_FILE_BYTES, YamlLimits.DEFAULT)
                .load(Path.of("questions"));
        bank = assertInstanceOf(LoadResult.Loaded.class, result).bank();
    }

    static Quiz quiz(String id) {
        return bank.quiz(id).orElseThrow();
    }

    static BigDecimal points(String questionId) {
        return bank.question(questionId).map(Question::points).orElseThrow();
    }

    @Test
    void aFixedQuizIsWorthItsQuestionsPoints() {
        Quiz exam = quiz("indictments-exam");
        BigDecimal sum = exam.questionIds().stream().map(DeepLinkAnswerTest::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(DeepLinks.points(bank, exam)));
    }

    @Test
    void aDrawCountsItsMostValuableQuestionEachTime() {
        // The bank's exchange questions are worth 1 point, but for the matching one, worth 2.
        assertEquals(0, BigDecimal.ONE.compareTo(points("ex-software")));
        assertEquals(0, BigDecimal.valueOf(2).compareTo(points("ex-details-matching")));
        assertTrue(bank.question("ex-details-matching").orElseThrow().info().tags().contains("exchange"));
        Quiz base = quiz("indictments-exam");
        Quiz drawn = new Quiz("drawn", "Drawn", Optional.empty(), Quiz.Mode.EXAM, List.of("ex-software"),
                List.of(new Draw(Set.of("exchange"), Optional.empty(), 3, base.location()),
                        new Draw(Set.of("no-such-tag"), Optional.empty(), 5, base.location())),
                false, false, Optional.empty(), Optional.empty(), Quiz.Grading.HIGHEST, Optional.empty(),
                base.location());
        assertEquals(0, BigDecimal.valueOf(7).compareTo(DeepLinks.points(bank, drawn)), "1 + 3 × 2 + 5 × 0");
    }

    @Test
    void anExamIsALinkWithAGradeColumn() {
        Quiz exam = quiz("indictments-exam");
        Map<String, Object> item = DeepLinks.item(exam, BigDecimal.TEN, "https://quiz.example.edu", true);
        assertEquals("ltiResourceLink", item.get("type"));
        assertEquals(exam.title(), item.get("title"));
        assertEquals("https://quiz.example.edu/lti/quizzes/indictments-exam", item.get("url"));
        assertEquals(Map.of("quiz_id", "indictments-exam"), item.get("custom"));
        assertEquals(Map.of("scoreMaximum", 10L, "label", exam.title(), "resourceId", "indictments-exam"),
                item.get("lineItem"));
        @SuppressWarnings("unchecked")
        Map<String, Object> half = (Map<String, Object>) DeepLinks.item(exam, new BigDecimal("7.50"),
                "https://quiz.example.edu", true).get("lineItem");
        assertEquals(7.5, half.get("scoreMaximum"));
    }

    @Test
    void practiceOrAPlatformWithoutLineItemsGetsNoGradeColumn() {
        assertFalse(DeepLinks.item(quiz("exchange-practice"), BigDecimal.TEN, "https://q.example", true)
                .containsKey("lineItem"));
        assertFalse(DeepLinks.item(quiz("indictments-exam"), BigDecimal.TEN, "https://q.example", false)
                .containsKey("lineItem"));
    }

    static DeepLink request(String data) {
        DeepLink request = new DeepLink();
        request.issuer = "https://lms.example.edu";
        request.clientId = "client-9";
        request.deploymentId = "deployment-3";
        request.returnUrl = "https://lms.example.edu/return";
        request.data = data;
        request.acceptLineItem = true;
        return request;
    }

    @Test
    void theAnswerNamesTheToolThePlatformAndEchoesTheData() throws Exception {
        Instant now = Instant.parse("2026-12-05T02:00:00Z");
        JwtClaims claims = DeepLinks.response(request("  exact data  "), Optional.of(quiz("indictments-exam")),
                BigDecimal.TEN, "https://quiz.example.edu", now);
        assertEquals("client-9", claims.getIssuer());
        assertEquals(List.of("https://lms.example.edu"), claims.getAudience());
        assertEquals(now.getEpochSecond(), claims.getIssuedAt().getValue());
        assertEquals(now.getEpochSecond() + 300, claims.getExpirationTime().getValue());
        assertEquals("deployment-3", claims.getClaimValue(LaunchValidator.DEPLOYMENT_ID));
        assertEquals("LtiDeepLinkingResponse", claims.getClaimValue(LaunchValidator.MESSAGE_TYPE));
        assertEquals("1.3.0", claims.getClaimValue(LaunchValidator.VERSION));
        assertEquals("  exact data  ", claims.getClaimValue(DeepLinks.DL + "data"));
        assertEquals(1, ((List<?>) claims.getClaimValue(DeepLinks.DL + "content_items")).size());
        assertNull(claims.getClaimValue(DeepLinks.DL + "msg"));
        assertFalse(claims.getStringClaimValue("nonce").equals(DeepLinks.response(request(null), Optional.empty(),
                BigDecimal.ZERO, "https://q.example", now).getStringClaimValue("nonce")), "a fresh nonce each time");
    }

    @Test
    void aCancelAddsNothingAndSaysSo() {
        JwtClaims claims = DeepLinks.response(request(null), Optional.empty(), BigDecimal.ZERO, "https://q.example",
                Instant.now());
        assertEquals(List.of(), claims.getClaimValue(DeepLinks.DL + "content_items"));
        assertEquals("No quiz was added.", claims.getClaimValue(DeepLinks.DL + "msg"));
        assertFalse(claims.hasClaim(DeepLinks.DL + "data"), "no data when the platform sent none");
    }
}
