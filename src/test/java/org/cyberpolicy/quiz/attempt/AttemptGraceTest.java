package org.cyberpolicy.quiz.attempt;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.LockModeType;

import org.cyberpolicy.quiz.testing.StudentFlowProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The grace after a deadline absorbs the network's delay, nothing more: an answer counts by when its request reached
 * the server. One that arrived in time counts however long it then waited (a whole class submitting at once queues);
 * one that arrives after the deadline and the grace (1 second here) is refused.
 */
@QuarkusTest
@TestProfile(StudentFlowProfile.class)
class AttemptGraceTest {

    /** {@code two-seconds} in the student-flow bank. */
    private static final Duration LIMIT = Duration.ofSeconds(2);
    private static final Duration GRACE = Duration.ofSeconds(1);

    private static long startTwoSeconds(String student) {
        return TestAccounts.as(student).post("/api/quizzes/two-seconds/attempts").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    private static void sleepUntil(Instant moment) throws InterruptedException {
        long left = Duration.between(Instant.now(), moment).toMillis();
        if (left > 0) {
            Thread.sleep(left);
        }
    }

    @Test
    void aSaveThatArrivedBeforeTheDeadlineCountsHoweverLongItWaited() throws Exception {
        String student = TestAccounts.student();
        Instant started = Instant.now();
        long attempt = startTwoSeconds(student);
        CountDownLatch locked = new CountDownLatch(1);
        // Another request holds the attempt's row past the deadline and the grace, as a queue of submits would.
        CompletableFuture<Void> busy = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            Attempt.findById(attempt, LockModeType.PESSIMISTIC_WRITE);
            locked.countDown();
            try {
                sleepUntil(started.plus(LIMIT).plus(GRACE).plus(Duration.ofMillis(1500)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        locked.await(5, TimeUnit.SECONDS);

        TestAccounts.as(student).body(Map.of("response", 4)).put("/api/attempts/" + attempt
                + "/responses/t-numeric").then().statusCode(204);

        busy.get(10, TimeUnit.SECONDS);
        assertEquals(4, TestAccounts.as(student).get("/api/attempts/" + attempt).then().statusCode(200).extract()
                .jsonPath().getInt("questions.find { it.id == 't-numeric' }.response"));
    }

    @Test
    void aSaveArrivingAfterTheDeadlineAndTheGraceIsRefused() throws Exception {
        String student = TestAccounts.student();
        // The server's own deadline: on a busy machine the start itself may take most of a second.
        var started = TestAccounts.as(student).post("/api/quizzes/two-seconds/attempts").then().statusCode(201)
                .extract().jsonPath();
        long attempt = started.getLong("id");
        sleepUntil(Instant.parse(started.getString("deadline")).plus(GRACE).plus(Duration.ofMillis(700)));

        TestAccounts.as(student).body(Map.of("response", 4)).put("/api/attempts/" + attempt
                + "/responses/t-numeric").then().statusCode(409)
                .body("error", containsString("graded with the answers saved by then"));
        TestAccounts.as(student).get("/api/attempts/" + attempt).then().body("state", equalTo("timed-out"));
    }
}
