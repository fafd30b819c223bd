package org.cyberpolicy.quiz.attempt;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.account.limits.Write;
import org.cyberpolicy.quiz.account.limits.WriteLimits;
import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.Quiz;
import org.cyberpolicy.quiz.engine.Disclosure;
import org.cyberpolicy.quiz.engine.FrozenQuestion;
import org.cyberpolicy.quiz.engine.InvalidResponseException;
import org.cyberpolicy.quiz.engine.Mark;
import org.cyberpolicy.quiz.engine.PresentedQuestion;
import org.cyberpolicy.quiz.engine.QuestionKinds;
import org.cyberpolicy.quiz.engine.Response;
import org.cyberpolicy.quiz.engine.ResponseCodec;
import org.cyberpolicy.quiz.engine.ResponseInput;
import org.cyberpolicy.quiz.engine.ReviewedQuestion;
import org.cyberpolicy.quiz.engine.SheetQuestion;

/**
 * The rules of attempts: starting (with attempt limits and resuming), saving responses, submitting exactly once,
 * and closing attempts whose time ran out. The pages and the JSON API both go through here, so they cannot differ.
 * Every method that changes an attempt locks its row first, so concurrent requests on one attempt run one by one.
 */
@ApplicationScoped
public class AttemptService {

    private final CurrentBank currentBank;
    private final FrozenQuestions frozenQuestions;
    private final AttemptHeads heads;
    private final HeldKeys heldKeys;
    private final ResponseCodec responses = new ResponseCodec();
    private final AttemptConfig config;
    private final AnswerClock clock;
    private final SecureRandom seeds = new SecureRandom();
    private final Event<PracticeAnswered> practiceAnswered;
    private final WriteLimits writeLimits;
    private final ReviewWindows reviewWindows;
    private final Standings standings;
    private final Deadlines deadlines;
    private final Event<GradeChanged> gradeChanged;

    AttemptService(CurrentBank currentBank, FrozenQuestions frozenQuestions, AttemptHeads heads, HeldKeys heldKeys,
            AttemptConfig config, AnswerClock clock, Event<PracticeAnswered> practiceAnswered,
            WriteLimits writeLimits, ReviewWindows reviewWindows, Standings standings, Deadlines deadlines,
            Event<GradeChanged> gradeChanged) {
        this.gradeChanged = gradeChanged;
        this.currentBank = currentBank;
        this.frozenQuestions = frozenQuestions;
        this.heads = heads;
        this.heldKeys = heldKeys;
        this.config = config;
        this.practiceAnswered = practiceAnswered;
        this.clock = clock;
        this.writeLimits = writeLimits;
        this.reviewWindows = reviewWindows;
        this.standings = standings;
        this.deadlines = deadlines;
    }

    /** The attempt the student is working on, new or resumed. */
    public record Started(AttemptSheet sheet, boolean created) {
    }

    /**
     * Starts an attempt at a quiz, or resumes the open one.
     *
     * @throws Refusal when the quiz does not exist or no attempt is left; too many when the account started too many
     *                 attempts lately (resuming one never counts)
     */
    @Transactional(dontRollbackOn = Refusal.class)
    public Started start(long accountId, String quizId) {
        Bank bank = currentBank.get();
        Quiz quiz = bank.quiz(quizId).orElseThrow(() -> Refusal.notFound("There is no quiz '" + quizId + "'."));
        // Starts of one student run one at a time, so two clicks on "Start" cannot open two attempts.
        Account account = Account.findById(accountId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.now();
        Optional<Attempt> open = Attempt.openOf(account, quizId);
        open.ifPresent(this::closeIfOverdue);
        open = open.filter(Attempt::isOpen);
        if (open.isPresent()) {
            return new Started(sheet(open.get()), false);
        }
        List<Attempt> previous = Attempt.of(account, quizId);
        Allowance allowance = standings.allowance(accountId, quizId);
        Optional<String> notNow = StartRule.refusal(quiz.title(), standings.opens(quiz, allowance),
                standings.closes(quiz, allowance), quiz.schedule().attemptDelay(),
                previous.stream().map(a -> a.finishedAt).filter(Objects::nonNull).max(Instant::compareTo), now);
        if (notNow.isPresent()) {
            throw Refusal.conflict(notNow.get());
        }
        // Practice is unlimited (the validator refuses max-attempts on a practice quiz; this holds whatever it says).
        Optional<Integer> maxAttempts = standings.of(quiz, previous, allowance).maxAttempts();
        if (maxAttempts.isPresent() && previous.size() >= maxAttempts.get()) {
            int max = maxAttempts.get();
            throw Refusal.conflict("You have used all " + max + (max == 1 ? " attempt" : " attempts")
                    + " allowed for \u201c" + quiz.title() + "\u201d; no attempt is left.");
        }
        writeLimits.spend(accountId, Write.START);
        Attempt attempt = newAttempt(account, bank, quiz, previous.size() + 1, now, allowance);
        return new Started(sheet(attempt), true);
    }

    private Attempt newAttempt(Account account, Bank bank, Quiz quiz, int number, Instant now, Allowance allowance) {
        Attempt attempt = new Attempt();
        attempt.account = account;
        attempt.quizId = quiz.id();
        attempt.quizTitle = quiz.title();
        attempt.number = number;
        attempt.practice = quiz.mode() == Quiz.Mode.PRACTICE;
        attempt.bankVersion = bank.version();
        attempt.seed = seeds.nextLong();
        attempt.state = AttemptState.OPEN;
        attempt.openQuizId = quiz.id();
        attempt.startedAt = now;
        attempt.baseDeadline = quiz.timeLimit().map(now::plus).orElse(null);
        attempt.deadline = deadlines.of(attempt, quiz, allowance).orElse(null);
        attempt.passMark = quiz.passMark().orElse(null);
        List<PresentedQuestion> presented = QuizAssembler.assemble(bank, quiz, attempt.seed);
        BigDecimal max = BigDecimal.ZERO;
        for (int i = 0; i < presented.size(); i++) {
            PresentedQuestion question = presented.get(i);
            AttemptQuestion row = new AttemptQuestion();
            row.attempt = attempt;
            row.position = i + 1;
            row.questionId = question.question().id();
            row.questionType = question.question().type().yamlName();
            row.points = question.question().points();
            attempt.questions.add(row);
            max = max.add(row.points);
        }
        attempt.maxScore = max;
        attempt.persist();
        // The rows have their ids now (identity columns are assigned on persist), which their snapshots are kept by.
        for (int i = 0; i < presented.size(); i++) {
            frozenQuestions.store(attempt.questions.get(i), FrozenQuestion.of(presented.get(i), bank));
        }
        return attempt;
    }

    /** The attempt as its owner sees it: a sheet while open, the result once closed. */
    public sealed interface View permits OpenView, ClosedView {
    }

    public record OpenView(AttemptSheet sheet) implements View {
    }

    public record ClosedView(AttemptResult result) implements View {
    }

    /**
     * The head of the caller's attempt if it is open and takes answers now: one indexed read, no transaction, for a
     * page that may already have the rest (see {@link AttemptHead}). Empty for anything else, which
     * {@link #view} then handles in full.
     */
    public Optional<AttemptHead> openHead(long accountId, long attemptId) {
        return heads.of(attemptId).filter(head -> head.accountId() == accountId)
                .filter(head -> head.acceptsAnswersAt(clock.now(), config.grace()));
    }

    /** Reads an attempt; one whose time has run out is closed and graded first. */
    @Transactional(dontRollbackOn = Refusal.class)
    public View view(long accountId, long attemptId) {
        // The common case, an open attempt in time, in one read-only query: nothing for the commit to check.
        Optional<Attempt> open = Attempt.openWithQuestions(attemptId);
        if (open.isPresent()) {
            Attempt shown = open.get();
            if (shown.account.id.equals(accountId) && !shown.isOverdueAt(clock.now(), config.grace())) {
                return new OpenView(sheet(shown));
            }
            // Read-only copies must not stand in for the rows that closing it locks and writes (see markedOf).
            Attempt.getEntityManager().detach(shown);
        }
        // Reading takes no lock: only closing an overdue attempt writes, and that locks the row itself.
        Attempt attempt = owned(accountId, attemptId, LockModeType.NONE);
        closeIfOverdue(attempt);
        return attempt.isOpen() ? new OpenView(sheet(attempt))
                : new ClosedView(result(attempt, AttemptQuestion.markedOf(attempt), heldKeys.of(accountId),
                        reviewWindows.forStudent(attempt)));
    }

    /**
     * A closed attempt's result exactly as its student's review shows it, for staff: no ownership check, so only staff
     * pages may call this, having checked that an assistant asks about a student of their sections
     * ({@code SectionScope.requireAttemptOf}). An attempt whose time has run out is closed and graded first.
     *
     * @throws Refusal when there is no such attempt, or it is still open
     */
    @Transactional(dontRollbackOn = Refusal.class)
    @RolesAllowed({ Account.INSTRUCTOR, Account.ASSISTANT })
    public AttemptResult resultForInstructor(long attemptId) {
        Attempt attempt = Attempt.findById(attemptId);
        if (attempt == null) {
            throw Refusal.notFound("There is no attempt " + attemptId + ".");
        }
        closeIfOverdue(attempt);
        if (attempt.isOpen()) {
            throw Refusal.conflict("Attempt " + attemptId + " is still open: its review exists once the student"
                    + " submits it or its time runs out.");
        }
        return result(attempt, AttemptQuestion.markedOf(attempt), HeldKeys.Held.NOTHING, Disclosure.FULL);
    }

    /**
     * Ends a student's open attempt for an instructor: it is graded at once with the answers saved so far, as if the
     * student had submitted it.
     *
     * @throws Refusal 404 for no such attempt, 409 when it is not open
     */
    @Transactional(dontRollbackOn = Refusal.class)
    @RolesAllowed(Account.INSTRUCTOR)
    public AttemptResult endForInstructor(long attemptId) {
        Attempt attempt = Attempt.findById(attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null) {
            throw Refusal.notFound("There is no attempt " + attemptId + ".");
        }
        closeIfOverdue(attempt);
        if (!attempt.isOpen()) {
            throw Refusal.conflict("Attempt " + attemptId + " is not open: it has already been closed.");
        }
        close(attempt, AttemptState.SUBMITTED, clock.now());
        return result(attempt, attempt.questions, HeldKeys.Held.NOTHING, Disclosure.FULL);
    }

    /**
     * Reopens a closed attempt for an instructor (a student whose computer failed, say): it takes answers again, with
     * those saved before, for the quiz's full time limit from now (stretched by the student's accommodation) and
     * until the quiz closes for them. Its score is cleared until it is closed again.
     *
     * @throws Refusal 404 for no such attempt or a quiz no longer in the bank; 409 when it is open, when the student
     *                 has another attempt open at the quiz, or when the quiz has closed for them (grant them their own
     *                 closing time first)
     */
    @Transactional(dontRollbackOn = Refusal.class)
    @RolesAllowed(Account.INSTRUCTOR)
    public void reopenForInstructor(long attemptId) {
        Attempt attempt = Attempt.findById(attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null) {
            throw Refusal.notFound("There is no attempt " + attemptId + ".");
        }
        closeIfOverdue(attempt);
        if (attempt.isOpen()) {
            throw Refusal.conflict("Attempt " + attemptId + " is open already.");
        }
        if (attempt.marksChangedAfterGrading()) {
            // Closing it again grades it from its answers, which would silently undo an instructor's judgement.
            throw Refusal.conflict("Attempt " + attemptId + "'s marks were changed after grading (by hand or by a"
                    + " regrade); reopening it would grade it again and lose those changes.");
        }
        Quiz quiz = currentBank.get().quiz(attempt.quizId).orElseThrow(() -> Refusal.notFound("The quiz '"
                + attempt.quizId + "' of attempt " + attemptId + " is no longer in the bank."));
        if (Attempt.openOf(attempt.account, attempt.quizId).isPresent()) {
            throw Refusal.conflict("The student has another attempt open at \u201c" + quiz.title() + "\u201d;"
                    + " only one can be open at a time.");
        }
        Instant now = clock.now();
        Allowance allowance = standings.allowance(attempt.account.id, attempt.quizId);
        Optional<Instant> closes = standings.closes(quiz, allowance);
        if (closes.isPresent() && !now.isBefore(closes.get())) {
            throw Refusal.conflict("\u201c" + quiz.title() + "\u201d closed for this student at " + closes.get()
                    + ": give them their own closing time first, then reopen the attempt.");
        }
        // The time limit starts again from now: a fair limit after an interruption, not the minutes that were left.
        attempt.state = AttemptState.OPEN;
        attempt.openQuizId = attempt.quizId;
        attempt.finishedAt = null;
        attempt.score = null;
        attempt.passed = null;
        attempt.limitStartedAt = now;
        attempt.baseDeadline = quiz.timeLimit().map(now::plus).orElse(null);
        attempt.revision++;
        attempt.deadline = deadlines.of(attempt, quiz, allowance).orElse(null);
        gradeChanged.fire(new GradeChanged(attempt.account.id, attempt.quizId, GradeChanged.Reason.REOPENED));
    }

    /**
     * Saves (or, when the input holds no response, clears) the response to one question of an open attempt.
     *
     * @throws InvalidResponseException when the value does not fit the question; nothing is saved
     * @throws Refusal                  when the attempt or question is not the caller's, or answers are closed
     */
    @Transactional(dontRollbackOn = Refusal.class)
    public void save(long accountId, long attemptId, String questionId, ResponseInput input) {
        writeLimits.spend(accountId, Write.SAVE);
        Attempt attempt = openForAnswers(accountId, attemptId);
        AttemptQuestion row = attempt.question(questionId).orElseThrow(
                () -> Refusal.notFound("This attempt has no question '" + questionId + "'."));
        if (row.checked()) {
            throw lockedAfterCheck(row);
        }
        store(row, input.checkedFor(frozenQuestions.of(row).presented()));
    }

    /**
     * Checks one question of a practice attempt at once (immediate feedback): records the given response, if any,
     * grades the question and locks its answer. Checking without any response saved shows the answer, for no points.
     *
     * @throws Refusal                  not found; conflict for an exam, a closed attempt or a question already checked
     * @throws InvalidResponseException when the value does not fit the question; nothing is saved
     */
    @Transactional(dontRollbackOn = Refusal.class)
    public ReviewedQuestion check(long accountId, long attemptId, String questionId, Optional<ResponseInput> input) {
        writeLimits.spend(accountId, Write.SAVE);
        Attempt attempt = openForAnswers(accountId, attemptId);
        AttemptQuestion row = attempt.question(questionId).orElseThrow(
                () -> Refusal.notFound("This attempt has no question '" + questionId + "'."));
        if (!attempt.practice) {
            throw Refusal.conflict("Only practice quizzes check answers one at a time; this quiz is graded"
                    + " when you submit it.");
        }
        if (row.checked()) {
            throw Refusal.conflict("Question " + row.position + " has already been checked.");
        }
        FrozenQuestion frozen = frozenQuestions.of(row);
        HeldKeys.Held held = heldKeys.of(accountId);
        if (held.holds(frozen.presented().question())) {
            throw Refusal.conflict("This question cannot be checked now. " + held.because());
        }
        if (input.isPresent()) {
            store(row, input.get().checkedFor(frozen.presented()));
        }
        attempt.revision++;
        Optional<Response> response = savedResponse(row, frozen.presented());
        Mark mark = QuestionKinds.grade(frozen.presented(), response);
        row.score = mark.score();
        row.correct = mark.correct();
        row.checkedAt = clock.now();
        practiceAnswered.fire(new PracticeAnswered(accountId, attempt.id, frozen.presented(), mark,
                response.isPresent()));
        return ReviewedQuestion.of(row.position, frozen, response, mark);
    }

    private static Refusal lockedAfterCheck(AttemptQuestion row) {
        return Refusal.conflict("Question " + row.position + " has been checked; its answer is locked.");
    }

    /**
     * Saves several responses at once, all or none: one invalid value refuses the whole request.
     */
    @Transactional(dontRollbackOn = Refusal.class)
    public void saveAll(long accountId, long attemptId, Map<String, ResponseInput> values) {
        writeLimits.spend(accountId, Write.SAVE);
        Attempt attempt = openForAnswers(accountId, attemptId);
        parsed(attempt, values).forEach(this::store);
    }

    /**
     * Saves every value that fits its question and leaves the others as they were, for a form that should not lose a
     * whole page of answers to one typo.
     *
     * @param submitting whether the save comes with a submit, which is never limited: handing in must always work
     * @return the message for each question whose value was refused, by question id
     */
    @Transactional(dontRollbackOn = Refusal.class)
    public Map<String, String> saveValid(long accountId, long attemptId, Map<String, ResponseInput> values,
            boolean submitting) {
        if (!submitting) {
            writeLimits.spend(accountId, Write.SAVE);
        }
        return storeValid(openForAnswers(accountId, attemptId), values);
    }

    /** What an autosave of the attempt page did: the values refused, and where every question stands after it. */
    public record Autosaved(Map<String, String> refused, List<QuestionStatus> questions) {
    }

    /**
     * The attempt page's autosave: {@link #saveValid} of the whole form, answered with every question's standing as
     * saved, read from the rows just written (no second query), for the live counter and the summary.
     */
    @Transactional(dontRollbackOn = Refusal.class)
    public Autosaved autosave(long accountId, long attemptId, Map<String, ResponseInput> values) {
        writeLimits.spend(accountId, Write.SAVE);
        Attempt attempt = openForAnswers(accountId, attemptId);
        Map<String, String> refused = storeValid(attempt, values);
        return new Autosaved(refused, attempt.questions.stream()
                .map(row -> new QuestionStatus(row.position, row.questionId, row.response != null, row.flagged))
                .toList());
    }

    private Map<String, String> storeValid(Attempt attempt, Map<String, ResponseInput> values) {
        Map<String, String> refused = new LinkedHashMap<>();
        values.forEach((questionId, value) -> {
            if (attempt.question(questionId).filter(AttemptQuestion::checked).isPresent()) {
                // A checked question's controls are gone from the page; its locked answer stays as it is.
                return;
            }
            try {
                parsed(attempt, Map.of(questionId, value)).forEach(this::store);
            } catch (InvalidResponseException e) {
                refused.put(questionId, e.getMessage());
            }
        });
        return refused;
    }

    /**
     * Flags a question of an open attempt "to come back to", or takes the flag away. A change raises the revision,
     * like a save, so that the attempt page is rendered again with it; the same state again changes nothing. Counted
     * as a save by the write limits.
     *
     * @return the question's place in the attempt
     * @throws Refusal when the attempt or question is not the caller's, or the attempt is closed
     */
    @Transactional(dontRollbackOn = Refusal.class)
    public int flag(long accountId, long attemptId, String questionId, boolean flagged) {
        writeLimits.spend(accountId, Write.SAVE);
        Attempt attempt = openForAnswers(accountId, attemptId);
        AttemptQuestion row = attempt.question(questionId).orElseThrow(
                () -> Refusal.notFound("This attempt has no question '" + questionId + "'."));
        if (row.flagged != flagged) {
            row.flagged = flagged;
            attempt.revision++;
        }
        return row.position;
    }

    /**
     * Records the given responses, then grades and closes the attempt. Submitting a closed attempt again without
     * new responses returns its result unchanged; it is never graded twice.
     */
    @Transactional(dontRollbackOn = Refusal.class)
    public AttemptResult submit(long accountId, long attemptId, Map<String, ResponseInput> values) {
        Attempt attempt = owned(accountId, attemptId, LockModeType.PESSIMISTIC_WRITE);
        closeIfOverdue(attempt);
        if (!attempt.isOpen()) {
            if (values.isEmpty()) {
                return result(attempt, AttemptQuestion.markedOf(attempt), heldKeys.of(accountId),
                        reviewWindows.forStudent(attempt));
            }
            throw closedFor(attempt);
        }
        parsed(attempt, values).forEach(this::store);
        close(attempt, AttemptState.SUBMITTED, clock.now());
        // The marks were just given here, on these rows: no need to read them back (unlike markedOf).
        return result(attempt, attempt.questions, heldKeys.of(accountId), reviewWindows.forStudent(attempt));
    }

    /** The student's standing in every quiz of the bank, keyed by quiz id. */
    @Transactional
    public Map<String, QuizProgress> progress(long accountId) {
        Account account = Account.findById(accountId);
        Bank bank = currentBank.get();
        Map<String, List<Attempt>> byQuiz = new LinkedHashMap<>();
        for (Attempt attempt : Attempt.of(account)) {
            closeIfOverdue(attempt);
            byQuiz.computeIfAbsent(attempt.quizId, id -> new ArrayList<>()).add(attempt);
        }
        Map<String, Allowance> allowances = new LinkedHashMap<>();
        QuizOverride.ofAccount(accountId).forEach(o -> allowances.put(o.quizId, o.allowance()));
        Instant now = clock.now();
        Map<String, QuizProgress> progress = new LinkedHashMap<>();
        for (Quiz quiz : bank.quizzes().values()) {
            progress.put(quiz.id(), progressOf(quiz, byQuiz.getOrDefault(quiz.id(), List.of()),
                    allowances.getOrDefault(quiz.id(), Allowance.NONE), now));
        }
        return progress;
    }

    private QuizProgress progressOf(Quiz quiz, List<Attempt> attempts, Allowance allowance, Instant now) {
        Optional<Attempt> best = attempts.stream().filter(a -> a.score != null)
                .max(Comparator.comparing(a -> a.percent().orElse(BigDecimal.ZERO)));
        Optional<Long> open = attempts.stream().filter(Attempt::isOpen).map(a -> a.id).findFirst();
        Optional<Integer> left = standings.of(quiz, attempts, allowance).maxAttempts()
                .map(max -> Math.max(0, max - attempts.size()));
        Optional<Instant> opens = standings.opens(quiz, allowance);
        Optional<Instant> closes = standings.closes(quiz, allowance);
        return new QuizProgress(quiz.id(), attempts.size(), left, best.map(a -> a.score),
                best.flatMap(Attempt::percent), open, attempts.stream().map(AttemptSummary::of).toList(), opens,
                closes, opens.map(now::isBefore).orElse(false), closes.map(c -> !now.isBefore(c)).orElse(false));
    }

    /**
     * Closes and grades every open attempt whose deadline and grace have passed a while ago
     * ({@link AttemptConfig#closeDelay()}), so that a last save or submit that arrived in time but still waits for the
     * server is not beaten to the attempt by the scheduler; returns how many.
     */
    @Transactional
    public int closeOverdue() {
        Instant now = clock.now();
        int closed = 0;
        for (Attempt attempt : Attempt.overdue(now.minus(config.grace()).minus(config.closeDelay()))) {
            if (closeIfOverdue(attempt)) {
                closed++;
            }
        }
        // Counted after the row lock: another instance may have closed some of the listed ones meanwhile.
        return closed;
    }

    /** The caller's attempt, locked, for a change of its answers. */
    private Attempt openForAnswers(long accountId, long attemptId) {
        Attempt attempt = owned(accountId, attemptId, LockModeType.PESSIMISTIC_WRITE);
        closeIfOverdue(attempt);
        if (!attempt.isOpen()) {
            throw closedFor(attempt);
        }
        return attempt;
    }

    private static Refusal closedFor(Attempt attempt) {
        return Refusal.conflict(attempt.state == AttemptState.TIMED_OUT
                ? "The time for this attempt ran out; it was graded with the answers saved by then."
                : "This attempt has already been submitted; its answers can no longer change.");
    }

    private Map<AttemptQuestion, Optional<Response>> parsed(Attempt attempt, Map<String, ResponseInput> values) {
        Map<AttemptQuestion, Optional<Response>> parsed = new LinkedHashMap<>();
        if (values.isEmpty()) {
            return parsed;
        }
        Map<Long, FrozenQuestion> frozen = frozenQuestions.of(attempt.questions);
        values.forEach((questionId, value) -> {
            AttemptQuestion row = attempt.question(questionId).orElseThrow(
                    () -> Refusal.notFound("This attempt has no question '" + questionId + "'."));
            Optional<Response> response;
            try {
                response = value.checkedFor(frozen.get(row.id).presented());
            } catch (InvalidResponseException e) {
                throw new InvalidResponseException("Question " + row.position + ": " + e.getMessage());
            }
            if (row.checked()) {
                // The same answer again is harmless (a client sending every answer at submission); another is not.
                if (!response.map(responses::toStorage).equals(Optional.ofNullable(row.response))) {
                    throw lockedAfterCheck(row);
                }
                return;
            }
            parsed.put(row, response);
        });
        return parsed;
    }

    /**
     * Records a response, and counts it as a change of the attempt (its revision goes up), so that a page of it
     * rendered before is not shown again. The same response again changes nothing, not even when it was given:
     * autosave sends the whole answer after every change, and rewriting equal rows would only grow the database.
     */
    private void store(AttemptQuestion row, Optional<Response> response) {
        String stored = response.map(responses::toStorage).orElse(null);
        if (Objects.equals(stored, row.response)) {
            return;
        }
        row.response = stored;
        row.answeredAt = response.isPresent() ? clock.now() : null;
        row.attempt.revision++;
    }

    private Attempt owned(long accountId, long attemptId, LockModeType lock) {
        Attempt attempt = Attempt.findById(attemptId, lock);
        // Someone else's attempt is "not found", so that ids reveal nothing about other students.
        if (attempt == null || !attempt.account.id.equals(accountId)) {
            throw Refusal.notFound("There is no attempt " + attemptId + " of yours.");
        }
        return attempt;
    }

    /**
     * Closes an attempt whose time ran out, as of its deadline: what was saved by then is what counts. The row is
     * locked and read again first, so that a request or the scheduler closing it at the same moment waits, then finds
     * it closed, and it is graded once.
     */
    private boolean closeIfOverdue(Attempt attempt) {
        if (!attempt.isOverdueAt(clock.now(), config.grace())) {
            return false;
        }
        Attempt.getEntityManager().refresh(attempt, LockModeType.PESSIMISTIC_WRITE);
        if (attempt.isOverdueAt(clock.now(), config.grace())) {
            close(attempt, AttemptState.TIMED_OUT, attempt.deadline);
            return true;
        }
        return false;
    }

    private void close(Attempt attempt, AttemptState closedAs, Instant at) {
        Map<Long, FrozenQuestion> frozen = frozenQuestions.of(attempt.questions);
        for (AttemptQuestion row : attempt.questions) {
            PresentedQuestion presented = frozen.get(row.id).presented();
            Optional<Response> response = savedResponse(row, presented);
            Mark mark = QuestionKinds.grade(presented, response);
            row.score = mark.score();
            row.correct = mark.correct();
            // Checked questions were counted when checked; questions left unanswered say nothing of the student.
            if (attempt.practice && !row.checked() && response.isPresent()) {
                practiceAnswered.fire(new PracticeAnswered(attempt.account.id, attempt.id, presented, mark, true));
            }
        }
        attempt.close(closedAs, at);
        gradeChanged.fire(new GradeChanged(attempt.account.id, attempt.quizId, GradeChanged.Reason.GRADED));
    }

    private Optional<Response> savedResponse(AttemptQuestion row, PresentedQuestion presented) {
        return Optional.ofNullable(row.response).map(json -> responses.fromStorage(presented, json));
    }

    private AttemptSheet sheet(Attempt attempt) {
        Map<Long, FrozenQuestion> frozen = frozenQuestions.of(attempt.questions);
        List<SheetQuestion> questions = attempt.questions.stream().map(row -> {
            PresentedQuestion presented = frozen.get(row.id).presented();
            return SheetQuestion.of(row.position, presented, savedResponse(row, presented));
        }).toList();
        Map<String, ReviewedQuestion> checked = new LinkedHashMap<>();
        List<AttemptQuestion> checkedRows = attempt.questions.stream().filter(AttemptQuestion::checked).toList();
        // Only a practice attempt has checked questions; only then is it worth asking what an open exam holds back.
        HeldKeys.Held held = checkedRows.isEmpty() ? HeldKeys.Held.NOTHING : heldKeys.of(attempt.account.id);
        checkedRows.forEach(row -> {
            FrozenQuestion question = frozen.get(row.id);
            checked.put(row.questionId, reviewed(row, question)
                    .disclosed(held.disclosureOf(question.presented().question())));
        });
        return new AttemptSheet(attempt.id, attempt.quizId, attempt.quizTitle, attempt.number, attempt.practice,
                attempt.startedAt, attempt.deadlineValue(), questions, checked, attempt.revision,
                flaggedIn(attempt.questions));
    }

    /** A marked row's review, with the mark it was given. */
    private ReviewedQuestion reviewed(AttemptQuestion row, FrozenQuestion frozen) {
        return ReviewedQuestion.of(row.position, frozen, savedResponse(row, frozen.presented()),
                new Mark(row.score, row.points));
    }

    /**
     * A closed attempt's result as its reader may see it: {@code marked} are its rows with their marks as committed
     * (see {@link AttemptQuestion#markedOf}), {@code held} what an open exam of the student holds back, {@code review}
     * what the quiz's review policy lets them see now ({@link ReviewWindows}).
     */
    private AttemptResult result(Attempt attempt, List<AttemptQuestion> marked, HeldKeys.Held held,
            Disclosure review) {
        Map<Long, FrozenQuestion> frozen = frozenQuestions.of(marked);
        List<ReviewedQuestion> questions = marked.stream().map(row -> {
            FrozenQuestion question = frozen.get(row.id);
            // The policy's reason first: for the exam's own attempts it is the one that says when.
            return reviewed(row, question).disclosed(review.and(held.disclosureOf(question.presented().question())));
        }).toList();
        boolean marksWithheld = questions.stream().anyMatch(q -> q.mark().isEmpty());
        // A changed mark's note says what the mark is, so it is shown only where the mark is.
        List<MarkNote> notes = marked.stream().flatMap(row -> MarkNote.of(row).stream()).toList();
        Optional<String> withheld = questions.stream().map(ReviewedQuestion::withheldBecause)
                .flatMap(Optional::stream).findFirst();
        return new AttemptResult(attempt.id, attempt.quizId, attempt.quizTitle, attempt.number, attempt.practice,
                attempt.state, attempt.startedAt, attempt.deadlineValue(), attempt.finishedAt,
                marksWithheld ? Optional.empty() : Optional.ofNullable(attempt.score), attempt.maxScore,
                marksWithheld ? Optional.empty() : Optional.of(attempt.percent().orElse(BigDecimal.ZERO)),
                Optional.ofNullable(attempt.passMark),
                marksWithheld ? Optional.empty() : Optional.ofNullable(attempt.passed), attempt.bankVersion, questions,
                withheld, flaggedIn(marked), marksWithheld ? List.of() : notes,
                marksWithheld ? Optional.empty() : Optional.ofNullable(attempt.originalScore));
    }

    private static Set<String> flaggedIn(List<AttemptQuestion> rows) {
        return rows.stream().filter(row -> row.flagged).map(row -> row.questionId).collect(Collectors.toSet());
    }
}
