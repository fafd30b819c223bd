package org.cyberpolicy.quiz.interop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.Difficulty;
import org.cyberpolicy.quiz.bank.Fact;
import org.cyberpolicy.quiz.bank.Location;
import org.cyberpolicy.quiz.bank.MatchPair;
import org.cyberpolicy.quiz.bank.PartialDate;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.QuestionInfo;
import org.cyberpolicy.quiz.bank.Scoring;
import org.cyberpolicy.quiz.interop.ForeignQuestion.NumericAnswer;
import org.cyberpolicy.quiz.interop.ForeignQuestion.WeightedText;

/**
 * Maps questions read from GIFT or Moodle XML onto the bank's types, as {@code docs/interop.md} lists: one right
 * choice is {@code single}, weights make {@code multiple}, and so on. A question the bank cannot hold (an essay, a
 * description, a cloze, one without a right answer) is left out with the reason; one that loses something on the
 * way (partial weights, per-answer feedback of a number) is imported with a note saying what.
 */
public final class ImportMapper {

    /** The fact every imported question without a {@code [fact:id]} comment tests until an instructor sets one. */
    public static final String PLACEHOLDER_FACT = "imported-placeholder";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What the mapping made: the bank's questions, the placeholder fact if any used it, and the report. */
    public record Plan(List<Question> questions, Map<String, List<String>> comments, boolean usesPlaceholder,
            ImportReport report) {
    }

    private final Set<String> takenIds = new HashSet<>();
    private final List<Question> questions = new ArrayList<>();
    private final Map<String, List<String>> comments = new LinkedHashMap<>();
    private final List<ImportReport.Line> report = new ArrayList<>();
    private boolean usesPlaceholder;
    private final String fileLabel;

    private ImportMapper(String fileLabel) {
        this.fileLabel = fileLabel;
    }

    public static Plan map(List<ForeignQuestion> foreign, String fileLabel) {
        ImportMapper mapper = new ImportMapper(fileLabel);
        foreign.forEach(mapper::one);
        return new Plan(List.copyOf(mapper.questions), mapper.comments, mapper.usesPlaceholder,
                new ImportReport(mapper.report));
    }

    /** The fact written for questions that name none: it cites nothing, so the validator warns about them. */
    public static Fact placeholderFact() {
        return new Fact(PLACEHOLDER_FACT, "Placeholder for imported questions: replace it with the sourced facts"
                + " each question tests.", Optional.empty(), List.of(), List.of(), Location.startOf("import"));
    }

    private void one(ForeignQuestion q) {
        String label = q.title().filter(t -> !t.isBlank()).orElse(firstWords(q.text()));
        if (q.text().isBlank() && !(q.body() instanceof ForeignQuestion.Description)) {
            leaveOut(q, label, "the question has no text");
            return;
        }
        List<String> notes = new ArrayList<>();
        Optional<Built> built;
        if (q.body() instanceof ForeignQuestion.Essay) {
            built = leaveOut(q, label, "essay questions have no type here: they are graded by hand");
        } else if (q.body() instanceof ForeignQuestion.Description) {
            built = leaveOut(q, label, "a description is text between questions, not a question");
        } else if (q.body() instanceof ForeignQuestion.Unsupported u) {
            built = leaveOut(q, label, "Moodle's '" + u.moodleType() + "' questions have no type here"
                    + (u.moodleType().equals("cloze") ? " (embedded answers)" : ""));
        } else {
            built = body(q, label, notes);
        }
        built.ifPresent(b -> {
            String id = uniqueId(q.title().filter(t -> !t.isBlank()).orElse(q.text()));
            Question question = b.make(info(q, id, notes));
            questions.add(question);
            List<String> lines = new ArrayList<>();
            lines.add("imported from " + fileLabel + ":" + q.position()
                    + q.title().map(t -> ", title: " + t).orElse(""));
            comments.put(id, lines);
            report.add(new ImportReport.Line(q.position(), id, question.type().yamlName(), String.join("; ", notes)));
        });
    }

    /** Makes a question once its id and common fields are known. */
    private interface Built {
        Question make(QuestionInfo info);
    }

    private Optional<Built> body(ForeignQuestion q, String label, List<String> notes) {
        Optional<String> asType = q.annotations().type();
        if (q.body() instanceof ForeignQuestion.Choices c) {
            return choices(q, label, c.choices(), notes);
        }
        if (q.body() instanceof ForeignQuestion.TrueFalse tf) {
            tf.feedbackIfRight().ifPresent(f -> notes.add("the feedback for a right answer opens the feedback"));
            tf.feedbackIfWrong().ifPresent(f -> notes.add("the feedback for a wrong answer is left out"));
            return Optional.of(info -> new Question.TrueFalse(info, tf.answer()));
        }
        if (q.body() instanceof ForeignQuestion.ShortAnswers s) {
            List<String> accepted = s.answers().stream().filter(a -> a.percent().signum() > 0)
                    .map(WeightedText::text).distinct().toList();
            if (accepted.isEmpty()) {
                return leaveOut(q, label, "no answer earns credit");
            }
            if (s.answers().stream().anyMatch(a -> a.percent().signum() > 0 && a.percent().compareTo(HUNDRED) < 0)) {
                notes.add("partly right answers are accepted as right");
            }
            if (s.answers().stream().anyMatch(a -> a.feedback().isPresent())) {
                notes.add("the feedback of each answer is left out");
            }
            if (asType.filter("date"::equals).isPresent()) {
                Optional<PartialDate> date = parseDate(accepted.get(0));
                if (date.isPresent()) {
                    return Optional.of(info -> new Question.DateAnswer(info, date.get()));
                }
                notes.add("marked as a date, but '" + accepted.get(0) + "' is none: kept as a short answer");
            }
            return Optional.of(info -> new Question.ShortAnswer(info, accepted));
        }
        if (q.body() instanceof ForeignQuestion.Numbers n) {
            List<NumericAnswer> full = n.answers().stream().filter(a -> a.percent().compareTo(HUNDRED) == 0).toList();
            if (full.isEmpty()) {
                return leaveOut(q, label, "no number earns full credit");
            }
            if (full.size() > 1 || n.answers().size() > full.size()) {
                notes.add("only the first fully right number is kept (" + full.get(0).value().toPlainString()
                        + "), " + (n.answers().size() - 1) + " other answer(s) left out");
            }
            if (n.answers().stream().anyMatch(a -> a.feedback().isPresent())) {
                notes.add("the feedback of each number is left out");
            }
            NumericAnswer answer = full.get(0);
            return Optional.of(info -> new Question.Numeric(info, answer.value(), answer.tolerance()));
        }
        if (q.body() instanceof ForeignQuestion.Pairs p) {
            List<MatchPair> pairs = p.pairs().stream().filter(pair -> !pair.left().isBlank())
                    .map(pair -> new MatchPair(pair.left(), pair.right())).toList();
            List<String> distractors = p.pairs().stream().filter(pair -> pair.left().isBlank())
                    .map(ForeignQuestion.Pair::right).toList();
            if (asType.filter("ordering"::equals).isPresent() && distractors.isEmpty() && pairs.size() >= 3) {
                List<String> items = pairs.stream().sorted(Comparator.comparing(pair -> place(pair.right())))
                        .map(MatchPair::left).toList();
                Scoring scoring = scoring(q);
                return Optional.of(info -> new Question.Ordering(info, items, scoring));
            }
            if (pairs.size() < 2) {
                return leaveOut(q, label, "a matching question needs at least two pairs");
            }
            if (new HashSet<>(pairs.stream().map(MatchPair::left).toList()).size() < pairs.size()) {
                return leaveOut(q, label, "two pairs have the same left side");
            }
            return Optional.of(info -> new Question.Matching(info, pairs, distractors));
        }
        return leaveOut(q, label, "the question has no type here");
    }

    private Optional<Built> choices(ForeignQuestion q, String label, List<WeightedText> all, List<String> notes) {
        if (all.size() < 2) {
            return leaveOut(q, label, "a choice question needs at least two choices");
        }
        if (new HashSet<>(all.stream().map(c -> c.text().toLowerCase(Locale.ROOT)).toList()).size() < all.size()) {
            return leaveOut(q, label, "two choices have the same text");
        }
        long positive = all.stream().filter(c -> c.percent().signum() > 0).count();
        if (positive == 0) {
            return leaveOut(q, label, "no choice earns credit");
        }
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            WeightedText c = all.get(i);
            choices.add(new Choice(Choice.defaultId(i), c.text(), c.percent().signum() > 0,
                    c.feedback()));
        }
        boolean oneRight = positive == 1 && all.stream().allMatch(c -> c.percent().signum() == 0
                || c.percent().compareTo(HUNDRED) == 0);
        if (oneRight && !q.annotations().type().filter("multiple"::equals).isPresent()) {
            return Optional.of(info -> new Question.SingleChoice(info, choices));
        }
        if (!sharesEqually(all, positive)) {
            notes.add("weights become right (above 0%) and wrong, scored by equal shares");
        }
        Scoring scoring = scoring(q);
        return Optional.of(info -> new Question.MultipleChoice(info, choices, scoring));
    }

    /** Whether the weights are the bank's own partial scoring: equal shares up, equal shares down (or none). */
    private static boolean sharesEqually(List<WeightedText> all, long positive) {
        long negative = all.size() - positive;
        BigDecimal up = HUNDRED.divide(BigDecimal.valueOf(positive), 3, RoundingMode.HALF_UP);
        BigDecimal down = negative == 0 ? BigDecimal.ZERO
                : HUNDRED.divide(BigDecimal.valueOf(negative), 3, RoundingMode.HALF_UP).negate();
        return all.stream().allMatch(c -> {
            BigDecimal w = c.percent().setScale(3, RoundingMode.HALF_UP);
            return c.percent().signum() > 0 ? w.subtract(up).abs().compareTo(new BigDecimal("0.01")) <= 0
                    : c.percent().signum() == 0 || w.subtract(down).abs().compareTo(new BigDecimal("0.01")) <= 0;
        });
    }

    private static Scoring scoring(ForeignQuestion q) {
        return q.annotations().scoring().filter(Scoring.ALL_OR_NOTHING.yamlName()::equals).isPresent()
                ? Scoring.ALL_OR_NOTHING : Scoring.PARTIAL;
    }

    private static BigDecimal place(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(Long.MAX_VALUE);
        }
    }

    private static Optional<PartialDate> parseDate(String text) {
        try {
            return PartialDate.parse(text);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private QuestionInfo info(ForeignQuestion q, String id, List<String> notes) {
        List<String> facts = q.annotations().factIds();
        if (facts.isEmpty()) {
            usesPlaceholder = true;
            facts = List.of(PLACEHOLDER_FACT);
        }
        Set<String> tags = new LinkedHashSet<>(q.annotations().tags());
        if (tags.isEmpty()) {
            q.category().stream().map(ImportMapper::kebab).filter(t -> !t.isEmpty()).forEach(tags::add);
        }
        BigDecimal points = q.annotations().points().filter(p -> p.signum() > 0).orElse(BigDecimal.ONE);
        Optional<Difficulty> difficulty = q.annotations().difficulty().flatMap(d -> {
            try {
                return Optional.of(Difficulty.valueOf(d.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
        Optional<String> feedback = q.generalFeedback();
        if (q.body() instanceof ForeignQuestion.TrueFalse tf) {
            // The bank shows one feedback after any answer: the explanation of the right one, then the general one.
            List<String> parts = new ArrayList<>();
            tf.feedbackIfRight().ifPresent(parts::add);
            feedback.ifPresent(parts::add);
            feedback = parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
        }
        return new QuestionInfo(id, q.text(), facts, points, tags, difficulty, feedback,
                new Location(fileLabel, q.position().line(), q.position().column()));
    }

    private <T> Optional<T> leaveOut(ForeignQuestion q, String label, String why) {
        report.add(new ImportReport.Line(q.position(), label, "", why));
        return Optional.empty();
    }

    private String uniqueId(String from) {
        String base = kebab(from);
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-[a-z0-9]*$", "");
        }
        if (base.isEmpty()) {
            base = "question";
        }
        String id = base;
        for (int n = 2; !takenIds.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Lower case, accents dropped, other characters a hyphen: {@code Grant's tomb} is {@code grant-s-tomb}. */
    public static String kebab(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder id = new StringBuilder();
        for (char c : plain.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                id.append(c);
            } else if (!id.isEmpty() && id.charAt(id.length() - 1) != '-') {
                id.append('-');
            }
        }
        while (!id.isEmpty() && id.charAt(id.length() - 1) == '-') {
            id.setLength(id.length() - 1);
        }
        return id.toString();
    }

    private static String firstWords(String text) {
        String words = text.strip().replaceAll("\\s+", " ");
        return words.length() <= 40 ? "'" + words + "'" : "'" + words.substring(0, 40) + "…'";
    }
}
