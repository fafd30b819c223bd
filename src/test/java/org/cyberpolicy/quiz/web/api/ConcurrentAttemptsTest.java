package org.cyberpolicy.quiz.web.api;

import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.attempt.Attempt;
import org.cyberpolicy.quiz.attempt.AttemptState;
import org.cyberpolicy.quiz.testing.StudentFlowProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Test;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Many requests at once on the attempt API: racing saves and submits on one attempt, and a whole year group starting
 * and submitting in the same seconds. Every request is answered, nothing is lost, nothing is counted twice.
 */
@QuarkusTest
@TestProfile(StudentFlowProfile.class)
class ConcurrentAttemptsTest {

    private static final int STUDENTS = 300;
    private static final int THREADS = 32;

    @Test
    void savesRacingSubmitsLeaveOneResultThatMatchesTheSavedAnswer() throws Exception {
        String student = TestAccounts.student();
        long id = as(student).post("/api/quizzes/every-type/attempts").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        List<Callable<Response>> racers = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            int value = i % 2 == 0 ? 4 : 5;
            racers.add(i % 3 == 2 ? () -> as(student).post("/api/attempts/" + id + "/submit")
                    : () -> as(student).body(Map.of("response", value))
                            .put("/api/attempts/" + id + "/responses/t-numeric"));
        }

        Set<String> results = new HashSet<>();
        for (Response response : all(racers, 8)) {
            if (response.getStatusCode() == 200) {
                results.add(response.asString());
            } else {
                assertTrue(response.getStatusCode() == 204 || response.getStatusCode() == 409,
                        "a save answered " + response.getStatusCode() + " " + response.asString());
            }
        }

        assertEquals(1, results.size(), "one attempt, several results: " + results);
        String result = results.iterator().next();
        assertEquals(result, as(student).get("/api/attempts/" + id).then().statusCode(200).extract().asString());
        JsonPath graded = JsonPath.from(result);
        Object response = graded.get("questions.find { it.id == 't-numeric' }.response");
        // The one grading saw one saved answer, whichever won the race, and scored exactly that one.
        float expected = Integer.valueOf(4).equals(response) ? 2.0f : 0.0f;
        assertEquals(expected, graded.getFloat("score"), "score for the saved answer " + response);
    }

    @Test
    void threeHundredStudentsStartingAndSubmittingAtOnceLoseNoAttemptAndDuplicateNone() throws Exception {
        String prefix = "crowd-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<String> students = accounts(prefix, STUDENTS);
        List<Callable<String[]>> takers = new ArrayList<>();
        for (String student : students) {
            takers.add(() -> {
                long id = as(student).post("/api/quizzes/every-type/attempts").then().statusCode(201).extract()
                        .jsonPath().getLong("id");
                String result = as(student).body(Map.of("responses", Map.of("t-numeric", 4)))
                        .post("/api/attempts/" + id + "/submit").then().statusCode(200).extract().asString();
                // Read back, the result is the one the submit returned: graded once, never again.
                String again = as(student).get("/api/attempts/" + id).then().statusCode(200).extract().asString();
                return new String[] { student, String.valueOf(id), result, again };
            });
        }

        long started = System.nanoTime();
        List<String[]> taken = all(takers, THREADS);
        double seconds = (System.nanoTime() - started) / 1e9;

        Set<Long> ids = new HashSet<>();
        for (String[] one : taken) {
            long id = Long.parseLong(one[1]);
            assertTrue(ids.add(id), "attempt " + id + " handed to two students");
            assertEquals(2.0f, JsonPath.from(one[2]).getFloat("score"), "score of attempt " + id);
            assertEquals(one[2], one[3], "attempt " + id + " read back");
        }
        List<Attempt> stored = QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>list(
                "account.username like ?1", prefix + "%"));
        assertEquals(STUDENTS, stored.size(), "attempts in the database");
        Set<String> owners = new HashSet<>(QuarkusTransaction.requiringNew().call(() -> Attempt.getEntityManager()
                .createQuery("select a.account.username from Attempt a where a.account.username like ?1",
                        String.class)
                .setParameter(1, prefix + "%").getResultList()));
        for (Attempt attempt : stored) {
            assertTrue(ids.contains(attempt.id), "an attempt nobody was told about: " + attempt.id);
            assertEquals(1, attempt.number, "attempt number of " + attempt.id);
            assertEquals(AttemptState.SUBMITTED, attempt.state, "state of " + attempt.id);
            assertEquals(0, attempt.score.compareTo(new java.math.BigDecimal("2")), "score of " + attempt.id);
        }
        assertEquals(STUDENTS, owners.size(), "students with an attempt");
        long questionRows = QuarkusTransaction.requiringNew().call(() -> org.cyberpolicy.quiz.attempt.AttemptQuestion
                .count("attempt.account.username like ?1", prefix + "%"));
        assertEquals(STUDENTS * 9L, questionRows, "questions shown (nine each)");
        System.out.printf("%d students started and submitted in %.1f s%n", STUDENTS, seconds);
    }

    /**
     * Students made straight in the database. Their password hash is computed once, at bcrypt's lowest cost, so that
     * signing in hundreds of times stays cheap; the server verifies it like any other hash.
     */
    private static List<String> accounts(String prefix, int count) {
        String hash = BcryptUtil.bcryptHash(TestAccounts.PASSWORD, 4);
        List<String> usernames = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                Account account = new Account();
                account.username = prefix + i;
                account.passwordHash = hash;
                account.role = Account.STUDENT;
                account.displayName = "Crowd " + i;
                account.createdAt = Instant.now();
                account.persist();
                usernames.add(account.username);
            }
        });
        return usernames;
    }

    /** Runs every task at once on {@code threads} threads and returns their results, failing on the first failure. */
    private static <T> List<T> all(List<Callable<T>> tasks, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = pool.invokeAll(tasks);
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
