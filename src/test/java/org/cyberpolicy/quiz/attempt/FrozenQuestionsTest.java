package org.cyberpolicy.quiz.attempt;

import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.cyberpolicy.quiz.engine.FrozenQuestion;
import org.cyberpolicy.quiz.engine.SnapshotCodec;
import org.cyberpolicy.quiz.testing.StudentFlowProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** An attempt's frozen questions, from memory or from their stored snapshots, are the same. */
@QuarkusTest
@Tag("database")
@TestProfile(StudentFlowProfile.class)
class FrozenQuestionsTest {

    @Inject
    SnapshotCodec codec;

    @Inject
    FrozenQuestions remembered;

    @Inject
    UserTransaction transaction;

    private static long startedAttempt() {
        return as(TestAccounts.student()).post("/api/quizzes/every-type/attempts").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    @Test
    void questionsNotInMemoryAreReadFromTheirStoredSnapshotsAlike() {
        long id = startedAttempt();
        FrozenQuestions forgetful = new FrozenQuestions(codec, 0);

        QuarkusTransaction.requiringNew().run(() -> {
            Attempt attempt = Attempt.findById(id);
            Map<Long, FrozenQuestion> stored = forgetful.of(attempt.questions);

            assertEquals(attempt.questions.size(), stored.size());
            assertEquals(remembered.of(attempt.questions), stored);
        });
    }

    @Test
    void aSnapshotStoredInTheSameTransactionIsReadBeforeTheTransactionWritesIt() throws Exception {
        long id = startedAttempt();
        FrozenQuestions forgetful = new FrozenQuestions(codec, 0);

        // Starting an attempt stores its snapshots and reads them back in one transaction, when a full cache turns
        // the new entries away: the read must see what the session has not written to the database yet.
        transaction.begin();
        try {
            Attempt attempt = Attempt.findById(id);
            FrozenQuestion frozen = remembered.of(attempt.questions.get(0));
            AttemptQuestion added = new AttemptQuestion();
            added.attempt = attempt;
            added.position = 99;
            added.questionId = "added";
            added.questionType = "short";
            added.points = BigDecimal.ONE;
            added.persist();
            forgetful.store(added, frozen);

            assertEquals(frozen, forgetful.of(added));
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aQuestionWithoutAStoredSnapshotIsAnErrorThatNamesIt() {
        long id = startedAttempt();
        FrozenQuestions forgetful = new FrozenQuestions(codec, 0);
        long[] bareId = new long[1];

        // The failure rolls the transaction back: the row without a snapshot never reaches the shared test database.
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    AttemptQuestion bare = new AttemptQuestion();
                    bare.attempt = Attempt.findById(id);
                    bare.position = 99;
                    bare.questionId = "no-snapshot";
                    bare.questionType = "short";
                    bare.points = BigDecimal.ONE;
                    bare.persist();
                    bareId[0] = bare.id;
                    forgetful.of(bare);
                }));

        assertTrue(missing.getMessage().contains("[" + bareId[0] + "]"), missing.getMessage());
    }
}
