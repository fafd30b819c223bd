package org.cyberpolicy.quiz.attempt;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.Quiz;

/**
 * Keeps the deadlines of open attempts in step with what sets them ({@link DeadlineRule}): an accommodation granted or
 * removed moves its student's running attempt at once; a closing time added or moved in the bank moves every open
 * attempt of the quiz at the next check for overdue attempts. An attempt whose new deadline has passed is then closed
 * and graded as of that deadline by the usual means. Only the deadline column is written, so that a save running at
 * the same time loses nothing.
 */
@ApplicationScoped
public class Deadlines {

    private record Key(long accountId, String quizId) {
    }

    private final CurrentBank currentBank;
    private final Standings standings;

    Deadlines(CurrentBank currentBank, Standings standings) {
        this.currentBank = currentBank;
        this.standings = standings;
    }

    /** The deadline a new or running attempt has now. */
    Optional<Instant> of(Attempt attempt, Quiz quiz, Allowance allowance) {
        return DeadlineRule.deadline(attempt.limitStart(), Optional.ofNullable(attempt.baseDeadline), allowance,
                standings.closes(quiz, allowance));
    }

    /** Moves the deadline of the student's open attempt at the quiz, if any; returns whether it moved. */
    @Transactional
    public boolean update(long accountId, String quizId) {
        Optional<Quiz> quiz = currentBank.get().quiz(quizId);
        List<Attempt> open = Attempt.list("account.id = ?1 and quizId = ?2 and state = ?3", accountId, quizId,
                AttemptState.OPEN);
        if (quiz.isEmpty() || open.isEmpty()) {
            return false;
        }
        Allowance allowance = standings.allowance(accountId, quizId);
        return open.stream().filter(attempt -> move(attempt, of(attempt, quiz.get(), allowance))).count() > 0;
    }

    /** Moves every open attempt's deadline to what the bank and the overrides now say; returns how many moved. */
    @Transactional
    public int updateAll() {
        List<Attempt> open = Attempt.list("select a from Attempt a join fetch a.account where a.state = ?1",
                AttemptState.OPEN);
        if (open.isEmpty()) {
            return 0;
        }
        Map<Key, Allowance> allowances = new HashMap<>();
        for (QuizOverride override : QuizOverride.<QuizOverride>listAll()) {
            allowances.put(new Key(override.account.id, override.quizId), override.allowance());
        }
        int moved = 0;
        for (Attempt attempt : open) {
            Optional<Quiz> quiz = currentBank.get().quiz(attempt.quizId);
            if (quiz.isPresent() && move(attempt, of(attempt, quiz.get(),
                    allowances.getOrDefault(new Key(attempt.account.id, attempt.quizId), Allowance.NONE)))) {
                moved++;
            }
        }
        return moved;
    }

    private static boolean move(Attempt attempt, Optional<Instant> deadline) {
        if (Objects.equals(attempt.deadline, deadline.orElse(null))) {
            return false;
        }
        // A bulk update of the one column, on open attempts only: never a stale copy of the whole row.
        return Attempt.update("deadline = ?1 where id = ?2 and state = ?3", deadline.orElse(null), attempt.id,
                AttemptState.OPEN) > 0;
    }
}
