package org.cyberpolicy.quiz.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.attempt.Attempt;
import org.cyberpolicy.quiz.attempt.AttemptQuestion;
import org.cyberpolicy.quiz.attempt.FrozenQuestions;
import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.Draw;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.Quiz;
import org.cyberpolicy.quiz.bank.load.DrawMatching;
import org.cyberpolicy.quiz.engine.FrozenQuestion;
import org.cyberpolicy.quiz.engine.PresentedQuestion;
import org.cyberpolicy.quiz.engine.QuestionKinds;
import org.cyberpolicy.quiz.engine.Response;
import org.cyberpolicy.quiz.engine.ResponseCodec;

/**
 * Reads attempts from the database for the instructor's pages and hands them, as plain records, to the pure
 * computations of this package ({@link ItemAnalyser}, {@link ItemFlags}, {@link Charts}, {@link AttemptQuery}).
 * Read only: it never changes an attempt. Instructors only, like every page that uses it: it reads every student's
 * attempts.
 */
@ApplicationScoped
@RolesAllowed({ Account.INSTRUCTOR, Account.ASSISTANT })
public class ResultsService {

    private final CurrentBank currentBank;
    private final FrozenQuestions frozenQuestions;
    private final ResponseCodec responses = new ResponseCodec();

    ResultsService(CurrentBank currentBank, FrozenQuestions frozenQuestions) {
        this.currentBank = currentBank;
        this.frozenQuestions = frozenQuestions;
    }

    /** Every quiz of the current bank, then any quiz that only old attempts still name, with its counts. */
    @Transactional
    public List<QuizOverview> overview() {
        Map<String, List<Attempt>> byQuiz = new LinkedHashMap<>();
        for (Attempt attempt : Attempt.allByStart()) {
            byQuiz.computeIfAbsent(attempt.quizId, id -> new ArrayList<>()).add(attempt);
        }
        List<QuizOverview> overview = new ArrayList<>();
        Bank bank = currentBank.get();
        for (Quiz quiz : bank.quizzes().values()) {
            overview.add(overviewOf(quiz.id(), quiz.title(), true, byQuiz.getOrDefault(quiz.id(), List.of())));
        }
        byQuiz.forEach((quizId, attempts) -> {
            if (bank.quiz(quizId).isEmpty()) {
                overview.add(overviewOf(quizId, attempts.get(attempts.size() - 1).quizTitle, false, attempts));
            }
        });
        return overview;
    }

    private static QuizOverview overviewOf(String quizId, String title, boolean inBank, List<Attempt> attempts) {
        List<Attempt> graded = attempts.stream().filter(a -> a.state.graded()).toList();
        Set<Long> students = graded.stream().map(a -> a.account.id).collect(Collectors.toSet());
        List<BigDecimal> percents = graded.stream().map(Attempt::percent).flatMap(Optional::stream).toList();
        Optional<BigDecimal> mean = percents.isEmpty() ? Optional.empty()
                : Optional.of(percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(percents.size()), 2, RoundingMode.HALF_UP));
        return new QuizOverview(quizId, title, inBank, students.size(), graded.size(),
                (int) attempts.stream().filter(Attempt::isOpen).count(), mean);
    }

    /** The quiz's title: from the bank, or from its attempts if it has left the bank; empty if neither knows it. */
    @Transactional
    public Optional<String> quizTitle(String quizId) {
        Optional<Quiz> quiz = currentBank.get().quiz(quizId);
        if (quiz.isPresent()) {
            return Optional.of(quiz.get().title());
        }
        return Attempt.latestAt(quizId).map(a -> a.quizTitle);
    }

    /** Every attempt at a quiz, open ones included, newest first. */
    @Transactional
    public List<AttemptLine> attemptsOf(String quizId) {
        return Attempt.withAccountsAt(quizId).stream().map(ResultsService::line).toList();
    }

    @Transactional
    public Optional<StudentInfo> student(long accountId) {
        return Account.<Account>findByIdOptional(accountId).map(a -> new StudentInfo(a.id, a.username,
                a.displayName, Optional.ofNullable(a.studentNumber), a.role));
    }

    /** Every attempt of one account, at every quiz, newest first. */
    @Transactional
    public List<AttemptLine> attemptsBy(long accountId) {
        return Attempt.withAccountBy(accountId).stream().map(ResultsService::line).toList();
    }

    /** One attempt with its student, whoever it belongs to. */
    @Transactional
    public Optional<AttemptLine> attempt(long attemptId) {
        return Attempt.withAccount(attemptId).map(ResultsService::line);
    }

    private static AttemptLine line(Attempt a) {
        return new AttemptLine(a.id, a.account.id, a.account.username, a.account.displayName,
                Optional.ofNullable(a.account.studentNumber), a.quizId, a.quizTitle, a.number, a.state, a.startedAt,
                Optional.ofNullable(a.finishedAt), Optional.ofNullable(a.score), a.maxScore, a.percent(),
                Optional.ofNullable(a.passed));
    }

    /**
     * The facility of each question over the given graded attempts of a quiz, in order of first appearance: for the
     * results page's chart, which follows the page's filters.
     */
    @Transactional
    public List<Charts.Facility> facility(String quizId, Set<Long> attemptIds) {
        if (attemptIds.isEmpty()) {
            return List.of();
        }
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (AttemptQuestion row : AttemptQuestion.gradedAt(quizId)) {
            if (attemptIds.contains(row.attempt.id) && counts(row)) {
                double[] sum = sums.computeIfAbsent(row.questionId, id -> new double[2]);
                sum[0] += row.score.doubleValue() / row.points.doubleValue();
                sum[1]++;
            }
        }
        List<Charts.Facility> facility = new ArrayList<>();
        sums.forEach((id, sum) -> facility.add(new Charts.Facility(id, 100 * sum[0] / sum[1])));
        facility.sort(Comparator.comparing(f -> orderKey(currentBank.get().quiz(quizId), f.label())));
        return facility;
    }

    /**
     * Whether a row's mark enters the facility and the item analysis: a mark out of some points, in its current value
     * (an instructor's or a regrade's, when either changed it); a question a regrade dropped from its attempt's
     * maximum counts no more here than in the attempt's score.
     */
    private static boolean counts(AttemptQuestion row) {
        return row.score != null && row.points.signum() > 0 && row.counted;
    }

    /** The item analysis of a quiz over each student's first graded attempt, or over every graded attempt. */
    @Transactional
    public QuizAnalysis analysis(String quizId, Scope scope) {
        return analysis(quizId, scope, Optional.empty());
    }

    /** The item analysis over the attempts of the given students only (a section's), or of everyone. */
    @Transactional
    public QuizAnalysis analysis(String quizId, Scope scope, Optional<Set<Long>> students) {
        Bank bank = currentBank.get();
        Optional<Quiz> quiz = bank.quiz(quizId);
        List<Attempt> attempts = Attempt.gradedWithQuestions(quizId, scope == Scope.FIRST).stream()
                .filter(a -> students.map(ids -> ids.contains(a.account.id)).orElse(true)).toList();
        List<ScoredAttempt> scored = new ArrayList<>();
        Map<String, Question> latest = new HashMap<>();
        Map<Long, FrozenQuestion> frozen = frozenQuestions.of(attempts.stream()
                .flatMap(attempt -> attempt.questions.stream())
                .filter(ResultsService::counts).toList());
        for (Attempt attempt : attempts) {
            Map<AttemptQuestion, PresentedQuestion> shown = new LinkedHashMap<>();
            for (AttemptQuestion row : attempt.questions) {
                if (counts(row)) {
                    shown.put(row, frozen.get(row.id).presented());
                }
            }
            Map<String, String> slots = slotsOf(quiz,
                    shown.values().stream().map(PresentedQuestion::question).toList());
            List<ScoredQuestion> questions = new ArrayList<>();
            shown.forEach((row, presented) -> {
                latest.put(row.questionId, presented.question());
                questions.add(new ScoredQuestion(row.questionId, slots.get(row.questionId),
                        row.score.doubleValue(), row.points.doubleValue(), bankChoiceIds(presented.question()),
                        picked(row, presented)));
            });
            scored.add(new ScoredAttempt(attempt.id, questions));
        }
        ItemAnalysis analysis = ItemAnalyser.analyse(scored);
        List<QuestionReport> reports = new ArrayList<>();
        for (QuestionStatistics statistics : analysis.questions()) {
            Optional<Question> inBank = bank.question(statistics.questionId());
            Question question = inBank.orElse(latest.get(statistics.questionId()));
            reports.add(report(question, inBank.isPresent(), statistics));
        }
        reports.sort(Comparator.comparing(r -> orderKey(quiz, r.questionId())));
        Set<Double> maxima = new HashSet<>();
        scored.forEach(a -> maxima.add(a.maxScore()));
        OptionalDouble maxScore = maxima.size() == 1 ? OptionalDouble.of(maxima.iterator().next())
                : OptionalDouble.empty();
        String title = quiz.map(Quiz::title)
                .orElse(attempts.isEmpty() ? quizId : attempts.get(attempts.size() - 1).quizTitle);
        return new QuizAnalysis(quizId, title, scope, analysis.test(), maxScore, reports);
    }

    private QuestionReport report(Question question, boolean inBank, QuestionStatistics statistics) {
        List<ChoiceInfo> choices = bankChoices(question).stream()
                .map(c -> new ChoiceInfo(c.id(), c.text(), c.correct())).toList();
        Map<String, ChoiceCount> counts = statistics.choices().stream()
                .collect(Collectors.toMap(ChoiceCount::choiceId, c -> c));
        List<ChoiceLine> lines = new ArrayList<>();
        for (ChoiceInfo choice : choices) {
            ChoiceCount count = counts.getOrDefault(choice.id(), new ChoiceCount(choice.id(), 0, 0));
            lines.add(new ChoiceLine(choice.text(), choice.correct(), count.offered(), count.picked(),
                    count.pickedPercent()));
        }
        Set<String> known = choices.stream().map(ChoiceInfo::id).collect(Collectors.toSet());
        for (ChoiceCount count : statistics.choices()) {
            if (!known.contains(count.choiceId())) {
                lines.add(new ChoiceLine("(choice \u2018" + count.choiceId() + "\u2019, no longer in the bank)", false,
                        count.offered(), count.picked(), count.pickedPercent()));
            }
        }
        return new QuestionReport(question.id(), question.prompt(), question.type().label(),
                question.info().location(), relativeFile(question.info().location().file()), inBank, statistics,
                lines, ItemFlags.of(statistics, choices));
    }

    /** The bank file relative to the bank folder, with forward slashes, as the bank editor names files. */
    private Optional<String> relativeFile(String file) {
        Path folder = currentBank.folder().normalize();
        Path path = Path.of(file).normalize();
        if (!path.startsWith(folder) || path.equals(folder)) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        folder.relativize(path).forEach(part -> parts.add(part.toString()));
        return Optional.of(String.join("/", parts));
    }

    /**
     * The slot each question of one attempt filled: a fixed question is its own slot; drawn ones fill "draw k, #r".
     * A question can be admitted by several draws (its tags match more than one), and the attempt did not record
     * which draw picked it, so the slots are recovered as the assembler filled them: by a matching of the attempt's
     * drawn questions to the draws' slots. Within a draw the slots are interchangeable. Without the quiz (gone from
     * the bank), or when its draws no longer fit the attempt, a question is its own slot.
     */
    static Map<String, String> slotsOf(Optional<Quiz> quiz, List<Question> questions) {
        Map<String, String> slots = new HashMap<>();
        questions.forEach(question -> slots.put(question.id(), "question " + question.id()));
        if (quiz.isEmpty()) {
            return slots;
        }
        List<String> drawn = questions.stream().map(Question::id)
                .filter(id -> !quiz.get().questionIds().contains(id)).sorted().toList();
        List<List<String>> slotPools = new ArrayList<>();
        List<String> slotNames = new ArrayList<>();
        List<Draw> draws = quiz.get().draws();
        for (int i = 0; i < draws.size(); i++) {
            Draw draw = draws.get(i);
            List<String> pool = questions.stream().filter(q -> drawn.contains(q.id()) && draw.admits(q))
                    .map(Question::id).sorted().toList();
            for (int rank = 1; rank <= draw.count(); rank++) {
                slotPools.add(pool);
                slotNames.add("draw " + (i + 1) + " #" + rank);
            }
        }
        DrawMatching.assign(slotPools).forEach((slot, questionId) -> slots.put(questionId, slotNames.get(slot)));
        return slots;
    }

    /** Fixed questions in the quiz's order first, then the others by id. */
    private static String orderKey(Optional<Quiz> quiz, String questionId) {
        int index = quiz.map(q -> q.questionIds().indexOf(questionId)).orElse(-1);
        return index >= 0 ? String.format("0 %06d", index) : "1 " + questionId;
    }

    private Set<String> picked(AttemptQuestion row, PresentedQuestion presented) {
        if (row.response == null || presented.parts().choices().isEmpty()) {
            return Set.of();
        }
        Response response = responses.fromStorage(presented, row.response);
        // Responses name choices by display position; the bank's ids add up across shuffled attempts.
        return QuestionKinds.pickedChoiceIds(response).stream().map(presented::choice).flatMap(Optional::stream)
                .map(Choice::id).collect(Collectors.toSet());
    }

    private static List<String> bankChoiceIds(Question question) {
        return bankChoices(question).stream().map(Choice::id).toList();
    }

    private static List<Choice> bankChoices(Question question) {
        return QuestionKinds.parts(question).choices();
    }
}
