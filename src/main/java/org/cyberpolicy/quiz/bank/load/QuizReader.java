package org.cyberpolicy.quiz.bank.load;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cyberpolicy.quiz.bank.Difficulty;
import org.cyberpolicy.quiz.bank.Draw;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.Quiz;
import org.cyberpolicy.quiz.bank.QuizTime;
import org.cyberpolicy.quiz.bank.ReviewPolicy;
import org.cyberpolicy.quiz.bank.ReviewTime;
import org.cyberpolicy.quiz.bank.Schedule;
import org.cyberpolicy.quiz.bank.yaml.YamlNode;

/** Reads one entry of a {@code quizzes} list and checks that every attempt of it can be assembled. */
final class QuizReader {

    static final Set<String> KEYS = Set.of("id", "title", "description", "mode", "questions", "draw",
            "shuffle-questions", "shuffle-choices", "time-limit", "max-attempts", "grading", "pass-mark", "review",
            "protect-questions", "opens", "closes", "attempt-delay");
    private static final Set<String> REVIEW_KEYS = Set.of("answers", "feedback");
    private static final Set<String> DRAW_KEYS = Set.of("tags", "difficulty", "count", "generated");
    private static final Pattern DURATION = Pattern.compile("(?:(\\d+)h)?\\s*(?:(\\d+)m)?\\s*(?:(\\d+)s)?");

    private final Problems problems;
    private final Set<String> declaredQuestions;
    private final Map<String, Question> questions;

    QuizReader(Problems problems, Set<String> declaredQuestions, Map<String, Question> questions) {
        this.problems = problems;
        this.declaredQuestions = declaredQuestions;
        this.questions = questions;
    }

    Optional<Quiz> read(Fields raw) {
        Optional<String> id = raw.requiredId();
        Fields fields = raw.named(id.map(i -> "quiz '" + i + "'").orElse("a quiz"));
        fields.rejectUnknownKeys(KEYS);
        int before = problems.errorCount();
        Optional<String> title = fields.requiredText("title");
        Optional<String> description = fields.text("description");
        Quiz.Mode mode = fields.choice("mode", Quiz.Mode.class, m -> m.name().toLowerCase()).orElse(Quiz.Mode.EXAM);
        List<String> fixed = fields.texts("questions");
        fields.value("questions").ifPresent(node -> References.check(node, fixed, declaredQuestions, "question",
                fields.owner(), problems));
        List<Draw> draws = draws(fields);
        boolean shuffleQuestions = fields.flag("shuffle-questions").orElse(true);
        boolean shuffleChoices = fields.flag("shuffle-choices").orElse(true);
        Optional<Duration> timeLimit = fields.value("time-limit").flatMap(node -> duration(fields, "time-limit", node));
        Optional<Integer> maxAttempts = fields.positiveWholeNumber("max-attempts");
        if (mode == Quiz.Mode.PRACTICE && maxAttempts.isPresent()) {
            fields.value("max-attempts").ifPresent(node -> problems.error(node, fields.owner()
                    + " is a practice quiz, and practice has no attempt limit: remove 'max-attempts' or use"
                    + " 'mode: exam'"));
        }
        Quiz.Grading grading = fields.choice("grading", Quiz.Grading.class, g -> g.name().toLowerCase())
                .orElse(Quiz.Grading.HIGHEST);
        Optional<BigDecimal> passMark = passMark(fields);
        ReviewPolicy review = review(fields, mode);
        Schedule schedule = schedule(fields);
        if (fixed.isEmpty() && draws.isEmpty() && problems.errorCount() == before) {
            problems.error(fields.node(), fields.owner() + " has no questions: give 'questions', 'draw' or both");
        }
        if (problems.errorCount() > before || id.isEmpty()) {
            return Optional.empty();
        }
        checkDrawsCanBeMet(fields, fixed, draws);
        if (problems.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new Quiz(id.get(), title.get(), description, mode, fixed, draws, shuffleQuestions,
                shuffleChoices, timeLimit, maxAttempts, grading, passMark, fields.node().location(), review, schedule));
    }

    private List<Draw> draws(Fields fields) {
        List<Draw> draws = new ArrayList<>();
        List<YamlNode> nodes = fields.list("draw");
        for (int i = 0; i < nodes.size(); i++) {
            Optional<Fields> drawFields = Fields.of(nodes.get(i), "draw " + (i + 1) + " of " + fields.owner(), problems);
            drawFields.ifPresent(draw -> {
                draw.rejectUnknownKeys(DRAW_KEYS);
                int before = problems.errorCount();
                Optional<YamlNode> tagsNode = draw.required("tags");
                List<String> tags = tagsNode.map(node -> draw.texts(node, "'tags'")).orElse(List.of());
                Optional<Difficulty> difficulty = draw.choice("difficulty", Difficulty.class, Difficulty::yamlName);
                Optional<Integer> count = draw.required("count").flatMap(node -> draw.positiveWholeNumber("count"));
                Draw.Generated generated = draw.choice("generated", Draw.Generated.class, Draw.Generated::yamlName)
                        .orElse(Draw.Generated.INCLUDE);
                if (problems.errorCount() == before && count.isPresent()) {
                    draws.add(new Draw(new HashSet<>(tags), difficulty, count.get(), draw.node().location(),
                            generated));
                }
            });
        }
        return draws;
    }

    /**
     * Draws never repeat a question, nor pick one that is also fixed. Each draw's pool must be large enough, and
     * overlapping draws together too: a matching of draw slots to questions must exist, or some attempt would fail.
     */
    private void checkDrawsCanBeMet(Fields fields, List<String> fixed, List<Draw> draws) {
        List<List<String>> pools = new ArrayList<>();
        boolean eachPoolSuffices = true;
        for (Draw draw : draws) {
            List<String> pool = questions.values().stream().filter(draw::admits).map(Question::id)
                    .filter(id -> !fixed.contains(id)).toList();
            pools.add(pool);
            if (pool.size() < draw.count()) {
                eachPoolSuffices = false;
                problems.error(draw.location(), "a draw of " + fields.owner() + " asks for " + draw.count()
                        + " questions tagged " + describe(draw) + ", but its pool holds only " + pool.size()
                        + " (questions already fixed in the quiz are not drawn again)");
            }
        }
        if (eachPoolSuffices && draws.size() > 1) {
            List<Integer> counts = draws.stream().map(Draw::count).toList();
            int wanted = counts.stream().mapToInt(Integer::intValue).sum();
            int drawable = DrawMatching.maximumSlotsFilled(pools, counts);
            if (drawable < wanted) {
                problems.error(fields.value("draw").orElseThrow(), "the draws of " + fields.owner() + " ask for "
                        + wanted + " different questions in all, but their overlapping pools can supply only " + drawable);
            }
        }
    }

    private static String describe(Draw draw) {
        return "[" + String.join(", ", draw.tags().stream().sorted().toList()) + "]"
                + draw.difficulty().map(d -> " of difficulty " + d.yamlName()).orElse("")
                + switch (draw.generated()) {
                    case INCLUDE -> "";
                    case ONLY -> ", generated only";
                    case EXCLUDE -> ", hand-written only";
                };
    }

    /** {@code review} (answers, feedback) and {@code protect-questions}; what is not given is the mode's default. */
    private ReviewPolicy review(Fields fields, Quiz.Mode mode) {
        ReviewPolicy defaults = ReviewPolicy.defaultFor(mode);
        ReviewTime answers = defaults.answers();
        ReviewTime feedback = defaults.feedback();
        Optional<YamlNode> node = fields.value("review");
        if (node.isPresent()) {
            Optional<Fields> review = Fields.of(node.get(), "'review' of " + fields.owner(), problems);
            if (review.isPresent()) {
                review.get().rejectUnknownKeys(REVIEW_KEYS);
                answers = review.get().choice("answers", ReviewTime.class, ReviewTime::yamlName).orElse(answers);
                feedback = review.get().choice("feedback", ReviewTime.class, ReviewTime::yamlName).orElse(feedback);
            }
        }
        boolean protect = fields.flag("protect-questions").orElse(true);
        return new ReviewPolicy(answers, feedback, protect);
    }

    /** {@code opens}, {@code closes} (the first before the second) and {@code attempt-delay}. */
    private Schedule schedule(Fields fields) {
        Optional<QuizTime> opens = fields.value("opens").flatMap(node -> quizTime(fields, "opens", node));
        Optional<QuizTime> closes = fields.value("closes").flatMap(node -> quizTime(fields, "closes", node));
        if (opens.isPresent() && closes.isPresent() && opens.get().offset().isPresent() == closes.get().offset()
                .isPresent() && !opens.get().in(ZoneOffset.UTC).isBefore(closes.get().in(ZoneOffset.UTC))) {
            // Both with offsets, or both local (then in the same zone, whichever it is): comparable here.
            problems.error(fields.value("closes").orElseThrow(), "'closes' of " + fields.owner()
                    + " must come after its 'opens'");
        }
        Optional<Duration> delay = fields.value("attempt-delay")
                .flatMap(node -> duration(fields, "attempt-delay", node));
        return new Schedule(opens, closes, delay);
    }

    private Optional<QuizTime> quizTime(Fields fields, String key, YamlNode node) {
        Optional<String> text = fields.text(node, "'" + key + "'");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<QuizTime> time = QuizTimes.parse(text.get());
        if (time.isEmpty()) {
            problems.error(node, "'" + key + "' of " + fields.owner() + " must be an ISO-8601 date and time, such as"
                    + " 2026-12-01T09:00 (in the course's time zone) or 2026-12-01T09:00+01:00, not "
                    + node.describe());
        }
        return time;
    }

    private Optional<Duration> duration(Fields fields, String key, YamlNode node) {
        String text = node instanceof YamlNode.Scalar scalar ? scalar.text().strip() : "";
        Matcher m = DURATION.matcher(text);
        if (node instanceof YamlNode.Scalar && !text.isEmpty() && m.matches()) {
            Duration duration = Duration.ofHours(group(m, 1)).plusMinutes(group(m, 2)).plusSeconds(group(m, 3));
            if (!duration.isZero()) {
                return Optional.of(duration);
            }
        }
        problems.error(node, "'" + key + "' of " + fields.owner()
                + " must be a positive duration with units, such as 15m, 1h30m or 90s, not " + node.describe());
        return Optional.empty();
    }

    private static long group(Matcher m, int group) {
        return m.group(group) == null ? 0 : Long.parseLong(m.group(group));
    }

    private Optional<BigDecimal> passMark(Fields fields) {
        return fields.number("pass-mark").filter(mark -> {
            if (mark.signum() >= 0 && mark.compareTo(BigDecimal.valueOf(100)) <= 0) {
                return true;
            }
            problems.error(fields.value("pass-mark").orElseThrow(), "'pass-mark' of " + fields.owner()
                    + " is a percentage from 0 to 100, not " + mark.toPlainString());
            return false;
        });
    }
}
