package org.cyberpolicy.quiz.bank.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.Difficulty;
import org.cyberpolicy.quiz.bank.Fact;
import org.cyberpolicy.quiz.bank.MatchPair;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.QuestionInfo;
import org.cyberpolicy.quiz.bank.QuestionType;
import org.cyberpolicy.quiz.bank.Scoring;
import org.cyberpolicy.quiz.bank.yaml.YamlNode;

/**
 * Reads one entry of a {@code questions} list into the record of its type. Numeric, date and short questions tied
 * to a single fact with a value may leave their answer out and take it from the fact; see {@link FactAnswers}.
 */
final class QuestionReader {

    private static final BigDecimal MAX_POINTS = BigDecimal.valueOf(1000);

    static final Set<String> COMMON_KEYS = Set.of("id", "type", "prompt", "facts", "points", "tags", "difficulty",
            "feedback");
    private static final Set<String> CHOICE_KEYS = Set.of("id", "text", "correct", "feedback");
    private static final Set<String> PAIR_KEYS = Set.of("left", "right");
    /** The fewest items of an ordering question; see {@link #ordering}. */
    static final int MIN_ORDERING_ITEMS = 3;
    private static final Pattern CHOICE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** The keys a question of each type may have: made once, not for every question read. */
    private static final Map<QuestionType, Set<String>> KEYS_OF_TYPE = keysOfType();
    private static final Set<String> ALL_KEYS = allKeys();

    private final Problems problems;
    private final Set<String> declaredFacts;
    private final FactAnswers factAnswers;

    QuestionReader(Problems problems, Set<String> declaredFacts, Map<String, Fact> facts) {
        this.problems = problems;
        this.declaredFacts = declaredFacts;
        this.factAnswers = new FactAnswers(problems, facts);
    }

    Optional<Question> read(Fields raw) {
        Optional<String> id = raw.requiredId();
        Fields fields = raw.named(id.map(i -> "question '" + i + "'").orElse("a question"));
        int before = problems.errorCount();
        Optional<QuestionType> type = type(fields);
        fields.rejectUnknownKeys(type.map(KEYS_OF_TYPE::get).orElse(ALL_KEYS));
        QuestionInfo info = info(fields, id);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        // The type's own keys are read even when the common ones failed, so that one pass reports everything.
        Optional<Question> question = switch (type.get()) {
            case SINGLE -> singleChoice(fields, info);
            case MULTIPLE -> multipleChoice(fields, info);
            case TRUE_FALSE -> fields.required("answer").flatMap(node -> fields.flag(node, "'answer'"))
                    .map(answer -> new Question.TrueFalse(info, answer));
            case NUMERIC -> factAnswers.numeric(fields, info);
            case DATE -> factAnswers.date(fields, info);
            case SHORT -> factAnswers.shortAnswer(fields, info);
            case MATCHING -> matching(fields, info);
            case ORDERING -> ordering(fields, info);
        };
        return problems.errorCount() > before || id.isEmpty() ? Optional.empty() : question;
    }

    private Optional<QuestionType> type(Fields fields) {
        return fields.requiredText("type").flatMap(name -> {
            Optional<QuestionType> type = QuestionType.fromYaml(name);
            if (type.isEmpty()) {
                problems.error(fields.value("type").orElseThrow(), "'type' of " + fields.owner() + " must be one of "
                        + Stream.of(QuestionType.values()).map(QuestionType::yamlName).collect(Collectors.joining(", "))
                        + ", not '" + name + "'");
            }
            return type;
        });
    }

    /** The common keys; where one is missing or wrong (and reported) a placeholder stands in. */
    private QuestionInfo info(Fields fields, Optional<String> id) {
        Optional<String> prompt = fields.requiredText("prompt");
        // Every question tests at least one fact: that is what ties the bank to its sources.
        List<String> factIds = References.requiredList(fields, "facts", declaredFacts, "fact", problems);
        BigDecimal points = fields.number("points").filter(p -> {
            if (p.signum() <= 0) {
                problems.error(fields.value("points").orElseThrow(),
                        "'points' of " + fields.owner() + " must be more than zero, not " + p.toPlainString());
                return false;
            }
            // Marks are kept to four decimals; finer points could never be earned in full.
            if (p.stripTrailingZeros().scale() > 4 || p.compareTo(MAX_POINTS) > 0) {
                problems.error(fields.value("points").orElseThrow(), "'points' of " + fields.owner()
                        + " must have at most 4 decimals and be at most 1000, not " + p.toPlainString());
                return false;
            }
            return true;
        }).orElse(BigDecimal.ONE);
        Set<String> tags = new HashSet<>(fields.texts("tags"));
        Optional<Difficulty> difficulty = fields.choice("difficulty", Difficulty.class, Difficulty::yamlName);
        Optional<String> feedback = fields.text("feedback");
        return new QuestionInfo(id.orElse("?"), prompt.orElse("?"), factIds, points, tags, difficulty, feedback,
                fields.node().location());
    }

    private Optional<Question> singleChoice(Fields fields, QuestionInfo info) {
        return choices(fields).flatMap(choices -> {
            List<String> correct = correctIds(choices);
            if (correct.size() != 1) {
                problems.error(fields.value("choices").orElseThrow(), "single-choice " + fields.owner()
                        + " needs exactly one correct choice, but has " + correct.size()
                        + (correct.isEmpty() ? "" : " (" + String.join(", ", correct) + ")"));
                return Optional.empty();
            }
            return Optional.of(new Question.SingleChoice(info, choices));
        });
    }

    private Optional<Question> multipleChoice(Fields fields, QuestionInfo info) {
        Scoring scoring = scoring(fields);
        return choices(fields).flatMap(choices -> {
            if (correctIds(choices).isEmpty()) {
                problems.error(fields.value("choices").orElseThrow(),
                        "multiple-choice " + fields.owner() + " needs at least one correct choice");
                return Optional.empty();
            }
            return Optional.of(new Question.MultipleChoice(info, choices, scoring));
        });
    }

    private static List<String> correctIds(List<Choice> choices) {
        return choices.stream().filter(Choice::correct).map(Choice::id).toList();
    }

    private Optional<List<Choice>> choices(Fields fields) {
        Optional<YamlNode> choicesNode = fields.required("choices");
        if (choicesNode.isEmpty() || !(choicesNode.get() instanceof YamlNode.Sequence)) {
            fields.list("choices");
            return Optional.empty();
        }
        List<YamlNode> nodes = fields.list("choices");
        int before = problems.errorCount();
        List<Choice> choices = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            String defaultId = defaultChoiceId(i);
            Optional<Fields> choiceFields = Fields.of(nodes.get(i), "choice " + defaultId + " of " + fields.owner(), problems);
            if (choiceFields.isEmpty()) {
                continue;
            }
            Fields choice = choiceFields.get();
            choice.rejectUnknownKeys(CHOICE_KEYS);
            String id = choice.text("id").orElse(defaultId);
            if (!CHOICE_ID.matcher(id).matches()) {
                problems.error(choice.value("id").orElseThrow(), "the id '" + id + "' of " + choice.owner()
                        + " must be lower-case letters and digits joined by hyphens");
            } else if (!ids.add(id)) {
                problems.error(choice.value("id").orElse(choice.node()), fields.owner() + " has two choices with the id '"
                        + id + "' (ids default to a, b, c… by position)");
            }
            Optional<String> text = choice.requiredText("text");
            text.filter(t -> !texts.add(t.toLowerCase()))
                    .ifPresent(t -> problems.error(choice.value("text").orElseThrow(),
                            fields.owner() + " offers the choice '" + t + "' twice"));
            boolean correct = choice.flag("correct").orElse(false);
            text.ifPresent(t -> choices.add(new Choice(id, t, correct, choice.text("feedback"))));
        }
        if (nodes.size() < 2 && fields.value("choices").orElseThrow() instanceof YamlNode.Sequence) {
            problems.error(fields.value("choices").orElseThrow(), fields.owner() + " needs at least two choices");
        }
        return problems.errorCount() > before ? Optional.empty() : Optional.of(choices);
    }

    static String defaultChoiceId(int index) {
        return Choice.defaultId(index);
    }

    private Scoring scoring(Fields fields) {
        return fields.choice("scoring", Scoring.class, Scoring::yamlName).orElse(Scoring.PARTIAL);
    }

    private Optional<Question> matching(Fields fields, QuestionInfo info) {
        Optional<YamlNode> pairsNode = fields.required("pairs");
        if (pairsNode.isEmpty() || !(pairsNode.get() instanceof YamlNode.Sequence)) {
            fields.list("pairs");
            return Optional.empty();
        }
        int before = problems.errorCount();
        List<YamlNode> nodes = fields.list("pairs");
        List<MatchPair> pairs = new ArrayList<>();
        Set<String> lefts = new HashSet<>();
        Set<String> rights = new HashSet<>();
        for (YamlNode node : nodes) {
            Fields.of(node, "a pair of " + fields.owner(), problems).ifPresent(pair -> {
                pair.rejectUnknownKeys(PAIR_KEYS);
                Optional<String> left = pair.requiredText("left");
                Optional<String> right = pair.requiredText("right");
                left.filter(l -> !lefts.add(l)).ifPresent(l -> problems.error(pair.value("left").orElseThrow(),
                        fields.owner() + " has the left-hand item '" + l + "' twice"));
                right.filter(r -> !rights.add(r)).ifPresent(r -> problems.error(pair.value("right").orElseThrow(),
                        fields.owner() + " has the right-hand option '" + r + "' twice; each must match one item"));
                if (left.isPresent() && right.isPresent()) {
                    pairs.add(new MatchPair(left.get(), right.get()));
                }
            });
        }
        if (nodes.size() < 2 && fields.value("pairs").orElseThrow() instanceof YamlNode.Sequence) {
            problems.error(fields.value("pairs").orElseThrow(), fields.owner() + " needs at least two pairs");
        }
        List<String> distractors = fields.texts("distractors");
        for (String distractor : distractors) {
            if (rights.contains(distractor)) {
                problems.error(fields.value("distractors").orElseThrow(), "the distractor '" + distractor + "' of "
                        + fields.owner() + " is also a right-hand option of a pair");
            }
        }
        return problems.errorCount() > before ? Optional.empty()
                : Optional.of(new Question.Matching(info, pairs, distractors));
    }

    /**
     * Three items at least: attempts show the items in any order, the right one included (engine.Layouts), and with
     * two items that is half the time; a blind swap would be right as often.
     */
    private Optional<Question> ordering(Fields fields, QuestionInfo info) {
        Scoring scoring = scoring(fields);
        return fields.required("items").flatMap(node -> {
            List<String> items = fields.texts(node, "'items'");
            if (!(node instanceof YamlNode.Sequence sequence)) {
                return Optional.empty();
            }
            if (sequence.items().size() < MIN_ORDERING_ITEMS) {
                problems.error(node, fields.owner() + " needs at least " + MIN_ORDERING_ITEMS + " items to put in"
                        + " order, but has " + sequence.items().size() + ": with fewer, the order shown is too often"
                        + " the right one");
                return Optional.empty();
            }
            return Optional.of(new Question.Ordering(info, items, scoring));
        });
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Map<QuestionType, Set<String>> keysOfType() {
        Map<QuestionType, Set<String>> keys = new EnumMap<>(QuestionType.class);
        for (QuestionType type : QuestionType.values()) {
            keys.put(type, Collections.unmodifiableSet(union(COMMON_KEYS, type.specificKeys())));
        }
        return keys;
    }

    private static Set<String> allKeys() {
        Set<String> all = new HashSet<>(COMMON_KEYS);
        for (QuestionType type : QuestionType.values()) {
            all.addAll(type.specificKeys());
        }
        return Collections.unmodifiableSet(all);
    }
}
