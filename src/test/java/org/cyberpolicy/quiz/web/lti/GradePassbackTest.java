package org.cyberpolicy.quiz.web.lti;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.lti.AccessTokens;
import org.cyberpolicy.quiz.lti.GradeSender;
import org.cyberpolicy.quiz.lti.LtiGradeSend;
import org.cyberpolicy.quiz.lti.Platforms;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Grade passback end to end against a fake platform (WireMock: JWKS, token and scores endpoints): a learner launched
 * from a course whose link has a line item submits, and the quiz's counted score arrives with the bearer token; a
 * changed mark and a regrade send again; failures are retried or given up and shown; a score left waiting is sent by
 * the next round; a student without a line item writes nothing.
 */
@QuarkusTest
@Tag("database")
class GradePassbackTest {

    static final String EXAM = "indictments-exam";
    static final String OTHER_EXAM = "cyber-accusations-exam";
    static LtiTestPlatform lms;

    @Inject
    GradeSender sender;

    @Inject
    AccessTokens tokens;

    @Inject
    Platforms platforms;

    @BeforeAll
    static void start() {
        lms = new LtiTestPlatform();
        lms.grantsTokens("platform-token-1");
    }

    @AfterAll
    static void stop() {
        lms.stop();
    }

    /** A line item of its own for each test, so that each counts only its own scores. */
    record Item(String url, String scoresPath) {
        static Item fresh() {
            String id = UUID.randomUUID().toString();
            return new Item(lms.base + "/courses/9/lineitems/" + id + "/lineitem?type_id=quiz",
                    "/courses/9/lineitems/" + id + "/lineitem/scores");
        }
    }

    static void answer(Item item, int status, String body) {
        lms.lms.stubFor(post(urlPathEqualTo(item.scoresPath())).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    static List<LoggedRequest> scores(Item item) {
        return lms.lms.findAll(postRequestedFor(urlPathEqualTo(item.scoresPath())));
    }

    static List<LoggedRequest> awaitScores(Item item, int count) {
        return await(() -> scores(item), list -> list.size() >= count, "score requests: " + count);
    }

    static <T> T await(Supplier<T> what, java.util.function.Predicate<T> done, String description) {
        long until = System.currentTimeMillis() + 20_000;
        T value = what.get();
        while (!done.test(value)) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("waited in vain for " + description + "; last: " + value);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            value = what.get();
        }
        return value;
    }

    /** A learner's session from a course whose link to {@code quiz} has the line item. */
    static String learner(String subject, String quiz, Item item) {
        return lms.session(subject, quiz, "course-" + UUID.randomUUID(),
                claims -> claims.put(LtiTestPlatform.AGS, LtiTestPlatform.ags(item.url())));
    }

    /** Starts and submits an attempt with no answers; its id and first question. */
    static JsonPath submitted(String session, String quiz) {
        JsonPath started = given().cookie("quarkus-credential", session).contentType(ContentType.JSON)
                .post("/api/quizzes/" + quiz + "/attempts").then().statusCode(201).extract().jsonPath();
        given().cookie("quarkus-credential", session).contentType(ContentType.JSON)
                .post("/api/attempts/" + started.getLong("id") + "/submit").then().statusCode(200);
        return started;
    }

    static Map<String, Object> grade(String subjectOrQuiz, Item item) {
        List<Map<String, Object>> grades = as(TestAccounts.instructor()).get("/api/instructor/lti/grades").then()
                .statusCode(200).extract().jsonPath().getList("$");
        return grades.stream().filter(g -> item.url().equals(g.get("lineitemUrl"))).findFirst().orElse(null);
    }

    static Map<String, Object> awaitGrade(Item item, String state) {
        return await(() -> grade(null, item), g -> g != null && state.equals(g.get("state")), "a " + state
                + " score for " + item.url());
    }

    @Test
    void aSubmittedAttemptsScoreArrivesWithTheBearerTokenAndTheRightBody() {
        Item item = Item.fresh();
        answer(item, 200, "{}");
        String subject = "learner-" + UUID.randomUUID();
        String session = learner(subject, EXAM, item);
        submitted(session, EXAM);

        LoggedRequest request = awaitScores(item, 1).get(0);
        assertEquals("Bearer platform-token-1", request.getHeader("Authorization"));
        assertEquals("application/vnd.ims.lis.v1.score+json", request.getHeader("Content-Type"));
        assertEquals("type_id=quiz", request.getUrl().replaceAll(".*\\?", ""), "the line item's query string kept");
        JsonPath body = new JsonPath(request.getBodyAsString());
        assertEquals(subject, body.getString("userId"));
        assertEquals(0, body.getDouble("scoreGiven"));
        assertTrue(body.getDouble("scoreMaximum") > 0, body.prettify());
        assertEquals("Submitted", body.getString("activityProgress"), "a second attempt is still allowed");
        assertEquals("FullyGraded", body.getString("gradingProgress"));
        assertTrue(body.getString("timestamp").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+00:00"),
                body.getString("timestamp"));

        String tokenForm = lms.lms.findAll(postRequestedFor(urlEqualTo("/token"))).get(0).getBodyAsString();
        assertTrue(tokenForm.contains("scope=https%3A%2F%2Fpurl.imsglobal.org%2Fspec%2Flti-ags%2Fscope%2Fscore"),
                tokenForm);
        Map<String, Object> grade = awaitGrade(item, "sent");
        assertEquals(EXAM, grade.get("quizId"));
        assertEquals("graded", grade.get("reason"));
        assertEquals(1, grade.get("tries"));
    }

    @Test
    void aChangedMarkAndARegradeSendTheScoreAgain() {
        Item item = Item.fresh();
        answer(item, 200, "{}");
        String session = learner("learner-" + UUID.randomUUID(), OTHER_EXAM, item);
        JsonPath attempt = submitted(session, OTHER_EXAM);
        awaitScores(item, 1);
        List<String> questions = attempt.getList("questions.id");

        as(TestAccounts.instructor()).body(Map.of("score", 1, "comment", "Accepted."))
                .put("/api/instructor/attempts/" + attempt.getLong("id") + "/questions/" + questions.get(0) + "/mark")
                .then().statusCode(200);
        JsonPath marked = new JsonPath(awaitScores(item, 2).get(1).getBodyAsString());
        assertEquals(1, marked.getDouble("scoreGiven"), marked.prettify());
        assertEquals("mark changed", awaitGrade(item, "sent").get("reason"));

        as(TestAccounts.instructor()).body(Map.of("questions", List.of(questions.get(1)), "mode", "full-credit",
                "dryRun", false)).post("/api/instructor/quizzes/" + OTHER_EXAM + "/regrade").then().statusCode(200);
        JsonPath regraded = new JsonPath(awaitScores(item, 3).get(2).getBodyAsString());
        assertTrue(regraded.getDouble("scoreGiven") > 1, regraded.prettify());
        assertEquals("regraded", awaitGrade(item, "sent").get("reason"));
    }

    @Test
    void aServerErrorIsRetriedUntilTheScoreIsSent() {
        Item item = Item.fresh();
        lms.lms.stubFor(post(urlPathEqualTo(item.scoresPath())).inScenario(item.url())
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(500).withBody("busy"))
                .willSetStateTo("recovered"));
        lms.lms.stubFor(post(urlPathEqualTo(item.scoresPath())).inScenario(item.url())
                .whenScenarioStateIs("recovered").willReturn(aResponse().withStatus(200)));
        submitted(learner("learner-" + UUID.randomUUID(), EXAM, item), EXAM);

        Map<String, Object> grade = awaitGrade(item, "sent");
        assertEquals(2, grade.get("tries"));
        assertEquals(2, scores(item).size());
    }

    @Test
    void aRefusalIsFailedWithThePlatformsAnswerShownEscapedAndResendSendsIt() {
        Item item = Item.fresh();
        answer(item, 400, "{\"error\":\"invalid_score\",\"error_description\":\"<b>userId</b> unknown\"}");
        submitted(learner("learner-" + UUID.randomUUID(), EXAM, item), EXAM);

        Map<String, Object> failed = awaitGrade(item, "failed");
        assertEquals(1, failed.get("tries"), "a 400 is not tried again");
        assertEquals(400, failed.get("lastStatus"));
        assertEquals("invalid_score: <b>userId</b> unknown", failed.get("lastAnswer"));
        as(TestAccounts.instructor()).get("/instructor/lti/grades").then().statusCode(200)
                .body(containsString("invalid_score: &lt;b&gt;userId&lt;/b&gt; unknown"))
                .body(not(containsString("<b>userId</b>")));

        Number id = (Number) failed.get("id");
        // The platform is still refusing: the resent score fails again; resending that one too is one more row.
        String instructor = TestAccounts.instructor();
        long resent = as(instructor).post("/api/instructor/lti/grades/" + id + "/resend").then().statusCode(200)
                .extract().jsonPath().getLong("id");
        assertTrue(resent > id.longValue());
        await(() -> grade(null, item), g -> g != null && ((Number) g.get("id")).longValue() == resent
                && "failed".equals(g.get("state")), "the resent score failed");
        answer(item, 200, "{}");
        as(instructor).post("/api/instructor/lti/grades/" + id + "/resend").then().statusCode(200);
        Map<String, Object> sent = awaitGrade(item, "sent");
        assertEquals("resent", sent.get("reason"));
        assertEquals(3, scores(item).size());
        as(instructor).post("/api/instructor/lti/grades/999999999/resend").then().statusCode(404);
    }

    @Test
    void anExpiredTokenIsFetchedAgainOnce() {
        Item item = Item.fresh();
        lms.lms.stubFor(post(urlPathEqualTo(item.scoresPath())).inScenario(item.url())
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(401))
                .willSetStateTo("fresh token"));
        lms.lms.stubFor(post(urlPathEqualTo(item.scoresPath())).inScenario(item.url())
                .whenScenarioStateIs("fresh token").willReturn(aResponse().withStatus(200)));
        String session = learner("learner-" + UUID.randomUUID(), EXAM, item);
        // A token kept from before, which the platform no longer takes.
        tokens.token(platforms.find(lms.platform.issuer, lms.platform.clientId).orElseThrow(),
                List.of(LtiTestPlatform.SCORE));
        int tokensBefore = lms.lms.findAll(postRequestedFor(urlEqualTo("/token"))).size();
        submitted(session, EXAM);

        Map<String, Object> grade = awaitGrade(item, "sent");
        assertEquals(1, grade.get("tries"), "the second request with a new token is part of the same try: " + grade);
        assertEquals(2, scores(item).size());
        assertEquals(tokensBefore + 1, lms.lms.findAll(postRequestedFor(urlEqualTo("/token"))).size());
    }

    @Test
    void scoresLeftWaitingOrHalfSentByAStoppedInstanceAreSentByTheNextRound() {
        Item item = Item.fresh();
        answer(item, 200, "{}");
        String session = learner("learner-" + UUID.randomUUID(), EXAM, item);
        long accountId = accountId(session);
        Item halfSent = Item.fresh();
        answer(halfSent, 200, "{}");
        Instant past = Instant.now().minusSeconds(600);
        QuarkusTransaction.requiringNew().run(() -> {
            leftOver(accountId, item, "waiting", past, null, new BigDecimal("3"));
            leftOver(accountId, halfSent, "sending", null, past, new BigDecimal("4"));
        });
        sender.sendDue();
        assertEquals(3, new JsonPath(awaitScores(item, 1).get(0).getBodyAsString()).getDouble("scoreGiven"));
        assertEquals(4, new JsonPath(awaitScores(halfSent, 1).get(0).getBodyAsString()).getDouble("scoreGiven"));
        awaitGrade(item, "sent");
        awaitGrade(halfSent, "sent");
    }

    static long accountId(String session) {
        String username = given().cookie("quarkus-credential", session).get("/api/me").jsonPath()
                .getString("username");
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElseThrow().id);
    }

    static LtiGradeSend leftOver(long accountId, Item item, String state, Instant nextTry, Instant claimedUntil,
            BigDecimal score) {
        LtiGradeSend row = new LtiGradeSend();
        row.accountId = accountId;
        row.issuer = lms.platform.issuer;
        row.clientId = lms.platform.clientId;
        row.userSub = "left-over";
        row.quizId = EXAM;
        row.lineitemUrl = item.url();
        row.scoreGiven = score;
        row.scoreMaximum = BigDecimal.TEN;
        row.activityProgress = "Completed";
        row.gradingProgress = "FullyGraded";
        row.scoredAt = Instant.now();
        row.reason = "graded";
        row.state = state;
        row.nextTryAt = nextTry;
        row.claimedUntil = claimedUntil;
        row.createdAt = Instant.now();
        row.persist();
        return row;
    }

    @Test
    void aStudentWithoutALineItemWritesNothing() {
        String subject = "learner-" + UUID.randomUUID();
        String session = lms.session(subject, EXAM, "course-" + UUID.randomUUID(), claims -> {
        });
        long accountId = accountId(session);
        submitted(session, EXAM);
        String student = TestAccounts.student();
        long studentId = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(student).orElseThrow().id);
        long attempt = as(student).post("/api/quizzes/" + EXAM + "/attempts").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as(student).post("/api/attempts/" + attempt + "/submit").then().statusCode(200);
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> LtiGradeSend.count(
                "accountId in ?1", List.of(accountId, studentId))));
    }

    @Test
    void theCountedScoreIsTheQuizsGradingMethodsAndCompletedOnceNoAttemptIsLeft() {
        Item item = Item.fresh();
        answer(item, 200, "{}");
        String session = learner("learner-" + UUID.randomUUID(), EXAM, item);
        JsonPath first = submitted(session, EXAM);
        awaitScores(item, 1);
        float points = first.getFloat("questions[0].points");
        as(TestAccounts.instructor()).body(Map.of("score", points)).put("/api/instructor/attempts/"
                + first.getLong("id") + "/questions/" + first.getString("questions[0].id") + "/mark").then()
                .statusCode(200);
        assertEquals(points, new JsonPath(awaitScores(item, 2).get(1).getBodyAsString()).getFloat("scoreGiven"));

        // The second (last allowed) attempt scores 0; the quiz counts the highest.
        submitted(session, EXAM);
        JsonPath last = new JsonPath(awaitScores(item, 3).get(2).getBodyAsString());
        assertEquals(points, last.getFloat("scoreGiven"), last.prettify());
        assertEquals("Completed", last.getString("activityProgress"));
    }

    @Test
    void aReopenedAttemptSendsThatTheActivityIsInProgressWithoutAScore() {
        Item item = Item.fresh();
        answer(item, 200, "{}");
        String session = learner("learner-" + UUID.randomUUID(), EXAM, item);
        JsonPath attempt = submitted(session, EXAM);
        awaitScores(item, 1);
        as(TestAccounts.instructor()).post("/api/instructor/attempts/" + attempt.getLong("id") + "/reopen").then()
                .statusCode(204);
        JsonPath reopened = new JsonPath(awaitScores(item, 2).get(1).getBodyAsString());
        assertEquals("InProgress", reopened.getString("activityProgress"), reopened.prettify());
        assertEquals("Pending", reopened.getString("gradingProgress"));
        assertFalse(reopened.getMap("$").containsKey("scoreGiven"));
        assertFalse(reopened.getMap("$").containsKey("scoreMaximum"));
        assertEquals("reopened", awaitGrade(item, "sent").get("reason"));
    }

    @Test
    void aNewScoreSupersedesAnOlderOneNotSentYet() {
        Item item = Item.fresh();
        answer(item, 200, "{}");
        String session = learner("learner-" + UUID.randomUUID(), EXAM, item);
        long accountId = accountId(session);
        long older = QuarkusTransaction.requiringNew().call(() -> {
            LtiGradeSend row = leftOver(accountId, item, "waiting", Instant.now().plusSeconds(3600), null,
                    new BigDecimal("99"));
            return row.id;
        });
        submitted(session, EXAM);
        awaitGrade(item, "sent");
        assertEquals("superseded", QuarkusTransaction.requiringNew().call(
                () -> LtiGradeSend.<LtiGradeSend>findById(older).state));
        List<LoggedRequest> sent = scores(item);
        assertEquals(1, sent.size());
        assertEquals(0, new JsonPath(sent.get(0).getBodyAsString()).getDouble("scoreGiven"));
    }

    @Test
    void resendingAScoreThatWaitsSendsItNowWithoutAddingOne() {
        Item item = Item.fresh();
        answer(item, 200, "{}");
        String session = learner("learner-" + UUID.randomUUID(), EXAM, item);
        long accountId = accountId(session);
        long waiting = QuarkusTransaction.requiringNew().call(() -> leftOver(accountId, item, "waiting",
                Instant.now().plusSeconds(3600), null, new BigDecimal("5")).id);
        String instructor = TestAccounts.instructor();
        assertEquals(waiting, as(instructor).post("/api/instructor/lti/grades/" + waiting + "/resend").then()
                .statusCode(200).extract().jsonPath().getLong("id"));
        assertEquals(5, new JsonPath(awaitScores(item, 1).get(0).getBodyAsString()).getDouble("scoreGiven"));
        awaitGrade(item, "sent");
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> LtiGradeSend.count(
                "lineitemUrl", item.url())));
    }

    @Test
    void twoSendersAtOnceSendEachScoreOnce() throws Exception {
        String session = learner("learner-" + UUID.randomUUID(), EXAM, Item.fresh());
        long accountId = accountId(session);
        List<Item> items = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Item item = Item.fresh();
            answer(item, 200, "{}");
            items.add(item);
        }
        Instant past = Instant.now().minusSeconds(5);
        QuarkusTransaction.requiringNew().run(() -> items.forEach(item -> leftOver(accountId, item, "waiting", past,
                null, BigDecimal.ONE)));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<Integer>> rounds = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                rounds.add(pool.submit(() -> sender.sendDue()));
            }
            for (var round : rounds) {
                round.get();
            }
        } finally {
            pool.shutdown();
        }
        for (Item item : items) {
            awaitGrade(item, "sent");
        }
        Thread.sleep(500);
        for (Item item : items) {
            assertEquals(1, scores(item).size(), item.url());
        }
    }

    @Test
    void theGradesApiIsForInstructorsOnly() {
        given().get("/api/instructor/lti/grades").then().statusCode(401);
        as(TestAccounts.student()).get("/api/instructor/lti/grades").then().statusCode(403);
        as(TestAccounts.student()).post("/api/instructor/lti/grades/1/resend").then().statusCode(403);
        as(TestAccounts.instructor()).post("/api/instructor/lti/grades/999999999/resend").then().statusCode(404);
        as(TestAccounts.instructor()).post("/api/instructor/lti/grades/x/resend").then().statusCode(404);
        as(TestAccounts.instructor()).contentType(ContentType.TEXT).post("/api/instructor/lti/grades/1/resend")
                .then().statusCode(415);
    }
}
