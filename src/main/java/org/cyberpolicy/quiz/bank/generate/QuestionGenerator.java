package org.cyberpolicy.quiz.bank.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.cyberpolicy.quiz.bank.AnswerText;
import org.cyberpolicy.quiz.bank.Asking;
import org.cyberpolicy.quiz.bank.Asking.Form;
import org.cyberpolicy.quiz.bank.BankProblem;
import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.Difficulty;
import org.cyberpolicy.quiz.bank.Fact;
import org.cyberpolicy.quiz.bank.FactValue;
import org.cyberpolicy.quiz.bank.Kind;
import org.cyberpolicy.quiz.bank.PartialDate;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.QuestionInfo;
import org.cyberpolicy.quiz.bank.Scoring;
import org.cyberpolicy.quiz.bank.Source;

/**
 * Makes questions from facts that say how to ask about them ({@code kind}, {@code ask}, {@code claim},
 * {@code generate}). Pure and deterministic: the same bank gives the same questions, ids and options, because every
 * random pick is seeded by the question's id.
 * <p>
 * A wrong option or a false claim is never true of the fact: near dates differ at the value's precision, neighbouring
 * numbers lie outside the tolerance of the fact's numeric questions, and names equal to the value or to one of its
 * aliases (or containing one, or contained in one) are never offered as wrong.
 */
public final class QuestionGenerator {

    /** The wrong options of a choice. */
    public static final int WRONG_OPTIONS = 3;
    /** The longest id a question may have (attempt_question.question_id). */
    public static final int MAX_QUESTION_ID = 100;
    /** The longest suffix of a generated id, {@code ~true-false}. */
    public static final int LONGEST_SUFFIX = 1 + Form.TRUE_FALSE.yamlName().length();

    /** The questions made, and what is wrong with or worth a look in the facts that asked for them. */
    public record Result(Map<String, Question> questions, List<BankProblem> errors, List<BankProblem> warnings) {
        public Result {
            questions = Collections.unmodifiableMap(new LinkedHashMap<>(questions));
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }
    }

    private final Map<String, Kind> kinds;
    private final Map<String, Source> sources;
    /** Tags of each fact's hand-written questions, sorted. */
    private final Map<String, Set<String>> handWrittenTags = new HashMap<>();
    /** The widest tolerance of each fact's hand-written numeric questions. */
    private final Map<String, BigDecimal> tolerances = new HashMap<>();
    /** The name values of the facts of each kind, by fact id. */
    private final Map<String, Map<String, String>> namesByKind = new HashMap<>();
    private final Map<String, List<Candidate>> candidatesByKind = new HashMap<>();
    private final Map<String, String> citations = new HashMap<>();
    private final Map<String, Question> made = new LinkedHashMap<>();
    private final List<BankProblem> errors = new ArrayList<>();
    private final List<BankProblem> warnings = new ArrayList<>();

    private QuestionGenerator(Collection<Fact> facts, Map<String, Kind> kinds, Map<String, Source> sources,
            Collection<Question> handWritten) {
        this.kinds = kinds;
        this.sources = sources;
        for (Question q : handWritten) {
            for (String factId : q.info().factIds()) {
                handWrittenTags.computeIfAbsent(factId, id -> new TreeSet<>()).addAll(q.info().tags());
                if (q instanceof Question.Numeric numeric) {
                    tolerances.merge(factId, numeric.tolerance(), BigDecimal::max);
                }
            }
        }
        for (Fact fact : facts) {
            if (fact.asking().namesKind() && fact.value().orElse(null) instanceof FactValue.TextValue text) {
                namesByKind.computeIfAbsent(fact.asking().kind().get(), k -> new TreeMap<>()).put(fact.id(),
                        text.text());
            }
        }
    }

    /**
     * @param facts       the bank's facts; those without a kind and a value give nothing
     * @param handWritten the bank's own questions, for the tags and numeric tolerances of their facts
     */
    public static Result generate(Collection<Fact> facts, Map<String, Kind> kinds, Map<String, Source> sources,
            Collection<Question> handWritten) {
        QuestionGenerator generator = new QuestionGenerator(facts, kinds, sources, handWritten);
        Map<String, Fact> byAsk = new HashMap<>();
        for (Fact fact : facts) {
            if (fact.asking().kind().isPresent() && fact.value().isPresent()) {
                Set<Form> forms = formsOf(fact);
                boolean asks = forms.contains(Form.ENTRY) || forms.contains(Form.CHOICE);
                fact.asking().ask().filter(ask -> asks).ifPresent(ask -> {
                    Fact other = byAsk.putIfAbsent(AnswerText.normalise(ask), fact);
                    if (other != null) {
                        generator.errors.add(new BankProblem(fact.location(), "fact '" + fact.id() + "' asks the same"
                                + " question as fact '" + other.id() + "' (" + other.location() + "): a student could"
                                + " not tell which fact is meant; word the 'ask' of one of them differently"));
                    }
                });
                generator.generate(fact);
            }
        }
        return new Result(generator.made, generator.errors, generator.warnings);
    }

    /** The forms a fact gets: those {@code generate:} names, else every form its texts allow. */
    public static Set<Form> formsOf(Fact fact) {
        Asking asking = fact.asking();
        if (asking.forms().isPresent()) {
            return asking.forms().get();
        }
        Set<Form> forms = EnumSet.noneOf(Form.class);
        if (asking.ask().isPresent()) {
            forms.add(Form.ENTRY);
            forms.add(Form.CHOICE);
        }
        if (asking.claim().isPresent()) {
            forms.add(Form.TRUE_FALSE);
        }
        if (fact.value().orElse(null) instanceof FactValue.TextListValue) {
            // A list is asked one way: pick its members.
            forms.retainAll(Set.of(Form.CHOICE));
        }
        return forms;
    }

    public static String idOf(Fact fact, Form form) {
        return fact.id() + QuestionInfo.GENERATED_MARK + form.yamlName();
    }

    private void generate(Fact fact) {
        Asking asking = fact.asking();
        String kind = asking.kind().get();
        FactValue value = fact.value().get();
        Set<Form> forms = formsOf(fact);
        if (forms.isEmpty()) {
            return;
        }
        Optional<String> givenAway = asking.ask().flatMap(ask -> givenAway(fact, ask));
        if (givenAway.isPresent()) {
            errors.add(new BankProblem(fact.location(), "the 'ask' of fact '" + fact.id() + "' contains its answer '"
                    + givenAway.get() + "': the question would answer itself; word it without the value"));
            return;
        }
        if (kind.equals(Asking.DATE)) {
            value.asDate().ifPresent(date -> dateForms(fact, date, forms));
        } else if (kind.equals(Asking.NUMBER)) {
            value.asNumber().ifPresent(number -> numberForms(fact, number, forms));
        } else if (kinds.containsKey(kind) && value instanceof FactValue.TextValue text) {
            nameForms(fact, text.text(), kinds.get(kind), forms);
        } else if (kinds.containsKey(kind) && value instanceof FactValue.TextListValue list) {
            listForm(fact, list.texts(), kinds.get(kind), forms);
        }
    }

    /** The value, an alias or a member of the fact that its question names, as whole words. */
    private static Optional<String> givenAway(Fact fact, String ask) {
        String asked = AnswerText.normalise(ask);
        List<String> answers = new ArrayList<>(fact.aliases());
        FactValue value = fact.value().get();
        if (value instanceof FactValue.TextListValue list) {
            answers.addAll(list.texts());
        } else if (!(value instanceof FactValue.DateValue)) {
            answers.add(value.display());
        }
        return answers.stream().filter(a -> contains(asked, AnswerText.normalise(a))).findFirst();
    }

    // --- dates --------------------------------------------------------------------------------------------------

    private void dateForms(Fact fact, PartialDate date, Set<Form> forms) {
        if (forms.contains(Form.ENTRY)) {
            add(new Question.DateAnswer(info(fact, Form.ENTRY, fact.asking().ask().orElseThrow()), date));
        }
        if (forms.contains(Form.CHOICE)) {
            List<String> wrong = nearDates(date, random(fact, Form.CHOICE)).stream().map(QuestionGenerator::spoken)
                    .toList();
            add(singleChoice(fact, spoken(date), wrong));
        }
        if (forms.contains(Form.TRUE_FALSE)) {
            Random random = random(fact, Form.TRUE_FALSE);
            boolean truth = random.nextBoolean();
            PartialDate shown = truth ? date : nearDates(date, random).get(0);
            add(trueFalse(fact, spoken(shown), truth));
        }
    }

    /** Three dates near the value, each different from it at its precision, in a seeded order. */
    public static List<PartialDate> nearDates(PartialDate date, Random random) {
        List<Integer> offsets = new ArrayList<>(date.precision() == PartialDate.Precision.DAY
                ? List.of(-7, -3, -2, -1, 1, 2, 3, 7) : List.of(-3, -2, -1, 1, 2, 3));
        Collections.shuffle(offsets, random);
        List<PartialDate> near = new ArrayList<>();
        for (int offset : offsets) {
            shifted(date, offset).filter(d -> !d.equals(date)).ifPresent(near::add);
            if (near.size() == WRONG_OPTIONS) {
                break;
            }
        }
        return near;
    }

    private static Optional<PartialDate> shifted(PartialDate date, int offset) {
        return switch (date.precision()) {
            case YEAR -> date.year() + offset >= 1 ? Optional.of(PartialDate.ofYear(date.year() + offset))
                    : Optional.empty();
            case MONTH -> {
                YearMonth month = YearMonth.of(date.year(), date.month()).plusMonths(offset);
                yield month.getYear() >= 1 ? Optional.of(PartialDate.of(month.getYear(), month.getMonthValue()))
                        : Optional.empty();
            }
            case DAY -> {
                LocalDate day = LocalDate.of(date.year(), date.month(), date.day()).plusDays(offset);
                yield day.getYear() >= 1 ? Optional.of(PartialDate.of(day.getYear(), day.getMonthValue(),
                        day.getDayOfMonth())) : Optional.empty();
            }
        };
    }

    /** A date as a sentence says it, at its precision: 19 July 2021, March 2021, 2011. */
    public static String spoken(PartialDate date) {
        String month = date.precision() == PartialDate.Precision.YEAR ? ""
                : java.time.Month.of(date.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return switch (date.precision()) {
            case YEAR -> String.valueOf(date.year());
            case MONTH -> month + " " + date.year();
            case DAY -> date.day() + " " + month + " " + date.year();
        };
    }

    // --- numbers ------------------------------------------------------------------------------------------------

    private void numberForms(Fact fact, BigDecimal number, Set<Form> forms) {
        BigDecimal tolerance = tolerances.getOrDefault(fact.id(), BigDecimal.ZERO);
        if (forms.contains(Form.ENTRY)) {
            add(new Question.Numeric(info(fact, Form.ENTRY, fact.asking().ask().orElseThrow()), number, tolerance));
        }
        if (forms.contains(Form.CHOICE)) {
            List<String> wrong = neighbours(number, tolerance, random(fact, Form.CHOICE)).stream()
                    .map(QuestionGenerator::spoken).toList();
            add(singleChoice(fact, spoken(number), wrong));
        }
        if (forms.contains(Form.TRUE_FALSE)) {
            Random random = random(fact, Form.TRUE_FALSE);
            boolean truth = random.nextBoolean();
            BigDecimal shown = truth ? number : neighbours(number, tolerance, random).get(0);
            add(trueFalse(fact, spoken(shown), truth));
        }
    }

    /**
     * Three numbers near the value, each further from it than the tolerance, positive when it is, with no more
     * decimals than it has; in a seeded order.
     */
    public static List<BigDecimal> neighbours(BigDecimal number, BigDecimal tolerance, Random random) {
        int scale = Math.max(0, number.stripTrailingZeros().scale());
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        BigDecimal step = number.abs().multiply(new BigDecimal("0.25")).setScale(scale, RoundingMode.HALF_UP)
                .max(unit);
        if (step.compareTo(tolerance) <= 0) {
            step = tolerance.setScale(scale, RoundingMode.FLOOR).add(unit);
        }
        List<BigDecimal> candidates = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            BigDecimal away = step.multiply(BigDecimal.valueOf(k));
            candidates.add(number.add(away));
            BigDecimal below = number.subtract(away);
            if (number.signum() <= 0 || below.signum() > 0) {
                candidates.add(below);
            }
        }
        Collections.shuffle(candidates, random);
        return List.copyOf(candidates.subList(0, WRONG_OPTIONS));
    }

    private static String spoken(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    // --- names and lists ----------------------------------------------------------------------------------------

    private void nameForms(Fact fact, String name, Kind kind, Set<Form> forms) {
        List<String> accepted = new ArrayList<>();
        accepted.add(name);
        accepted.addAll(fact.aliases());
        if (forms.contains(Form.ENTRY)) {
            add(new Question.ShortAnswer(info(fact, Form.ENTRY, fact.asking().ask().orElseThrow()), accepted));
        }
        if (forms.contains(Form.CHOICE)) {
            List<String> wrong = wrongNames(candidates(kind), accepted, random(fact, Form.CHOICE), WRONG_OPTIONS);
            if (wrong.size() < WRONG_OPTIONS) {
                tooSmall(fact, kind, wrong.size(), Form.CHOICE, "single choice");
            } else {
                add(singleChoice(fact, name, wrong));
            }
        }
        if (forms.contains(Form.TRUE_FALSE)) {
            Random random = random(fact, Form.TRUE_FALSE);
            boolean truth = random.nextBoolean();
            List<String> wrong = wrongNames(candidates(kind), accepted, random, 1);
            if (wrong.isEmpty()) {
                tooSmall(fact, kind, 0, Form.TRUE_FALSE, "false claim");
            } else {
                add(trueFalse(fact, truth ? name : wrong.get(0), truth));
            }
        }
    }

    /** A name that may be offered as wrong, with its normalised form. */
    private record Candidate(String normal, String text) {
    }

    /**
     * The kind's values and the values of its facts, each once, sorted by their normalised form so that the picks do
     * not depend on the order of the files. Made once per kind: a bank of many facts of one kind stays linear.
     */
    private List<Candidate> candidates(Kind kind) {
        return candidatesByKind.computeIfAbsent(kind.id(), id -> {
            Map<String, String> byNormal = new TreeMap<>();
            List<String> all = new ArrayList<>(kind.values());
            all.addAll(namesByKind.getOrDefault(id, Map.of()).values());
            for (String text : all) {
                String normal = AnswerText.normalise(text);
                if (!normal.isEmpty()) {
                    byNormal.putIfAbsent(normal, text);
                }
            }
            return byNormal.entrySet().stream().map(e -> new Candidate(e.getKey(), e.getValue())).toList();
        });
    }

    /** Beyond this many candidates, wrong names are drawn at random and checked, not all filtered first. */
    private static final int FILTER_ALL_BELOW = 64;

    /**
     * Up to {@code count} names that are surely wrong (see {@link #wrongPool}), fewer only when the candidates hold
     * no more.
     */
    private static List<String> wrongNames(List<Candidate> candidates, List<String> accepted, Random random,
            int count) {
        List<String> right = accepted.stream().map(AnswerText::normalise).toList();
        java.util.function.Predicate<Candidate> wrong = c -> right.stream()
                .noneMatch(r -> contains(c.normal(), r) || contains(r, c.normal()));
        if (candidates.size() >= FILTER_ALL_BELOW) {
            Set<Candidate> chosen = new LinkedHashSet<>();
            for (int tries = 0; chosen.size() < count && tries < 50 * count; tries++) {
                Candidate c = candidates.get(random.nextInt(candidates.size()));
                if (wrong.test(c)) {
                    chosen.add(c);
                }
            }
            if (chosen.size() == count) {
                return chosen.stream().map(Candidate::text).toList();
            }
        }
        List<String> pool = candidates.stream().filter(wrong).map(Candidate::text).toList();
        return pick(pool, random, Math.min(count, pool.size()));
    }

    private void listForm(Fact fact, List<String> members, Kind kind, Set<Form> forms) {
        if (!forms.contains(Form.CHOICE)) {
            return;
        }
        List<String> pool = wrongPool(kind.values(), members);
        if (pool.size() < WRONG_OPTIONS) {
            tooSmall(fact, kind, pool.size(), Form.CHOICE, "multiple choice");
            return;
        }
        List<String> wrong = pick(pool, random(fact, Form.CHOICE), WRONG_OPTIONS);
        List<Choice> choices = new ArrayList<>();
        members.forEach(m -> choices.add(new Choice("", m, true, Optional.empty())));
        wrong.forEach(w -> choices.add(new Choice("", w, false, Optional.empty())));
        add(new Question.MultipleChoice(info(fact, Form.CHOICE, fact.asking().ask().orElseThrow()),
                lettered(choices, random(fact, Form.CHOICE)), Scoring.PARTIAL));
    }

    /**
     * The candidates that are surely wrong: none the same as an accepted answer once normalised, nor containing one
     * or contained in one ("Exchange" beside "Microsoft Exchange"); each once, sorted so that the pick does not
     * depend on the order of the files.
     */
    static List<String> wrongPool(List<String> candidates, List<String> accepted) {
        List<String> right = accepted.stream().map(AnswerText::normalise).toList();
        Map<String, String> pool = new TreeMap<>();
        for (String candidate : candidates) {
            String normal = AnswerText.normalise(candidate);
            boolean overlaps = right.stream().anyMatch(r -> contains(normal, r) || contains(r, normal));
            if (!normal.isEmpty() && !overlaps) {
                pool.putIfAbsent(normal, candidate);
            }
        }
        return List.copyOf(pool.values());
    }

    /** Whether {@code words} holds {@code part} as whole words. */
    static boolean contains(String words, String part) {
        if (part.isEmpty()) {
            return false;
        }
        for (int at = words.indexOf(part); at >= 0; at = words.indexOf(part, at + 1)) {
            int end = at + part.length();
            if ((at == 0 || words.charAt(at - 1) == ' ') && (end == words.length() || words.charAt(end) == ' ')) {
                return true;
            }
        }
        return false;
    }

    private void tooSmall(Fact fact, Kind kind, int available, Form form, String what) {
        String message = "fact '" + fact.id() + "' gets no " + what + " (" + idOf(fact, form) + "): its kind '"
                + kind.id() + "' (" + kind.location() + ") offers " + available + " wrong option"
                + (available == 1 ? "" : "s") + " for it, and " + (form == Form.TRUE_FALSE ? "1 is" : WRONG_OPTIONS
                + " are") + " needed; add values to the kind";
        boolean asked = fact.asking().forms().map(f -> f.contains(form)).orElse(false);
        (asked ? errors : warnings).add(new BankProblem(fact.location(), message));
    }

    private static List<String> pick(List<String> pool, Random random, int count) {
        List<String> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, count));
    }

    // --- questions ----------------------------------------------------------------------------------------------

    private Question singleChoice(Fact fact, String right, List<String> wrong) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", right, true, Optional.empty()));
        wrong.forEach(w -> choices.add(new Choice("", w, false, Optional.empty())));
        return new Question.SingleChoice(info(fact, Form.CHOICE, fact.asking().ask().orElseThrow()),
                lettered(choices, random(fact, Form.CHOICE)));
    }

    private static List<Choice> lettered(List<Choice> choices, Random random) {
        List<Choice> shuffled = new ArrayList<>(choices);
        Collections.shuffle(shuffled, random);
        List<Choice> lettered = new ArrayList<>();
        for (int i = 0; i < shuffled.size(); i++) {
            Choice c = shuffled.get(i);
            lettered.add(new Choice(Choice.defaultId(i), c.text(), c.correct(), c.feedback()));
        }
        return lettered;
    }

    private Question trueFalse(Fact fact, String shownValue, boolean truth) {
        String claim = fact.asking().claim().orElseThrow().replace(Asking.VALUE, shownValue);
        return new Question.TrueFalse(info(fact, Form.TRUE_FALSE, claim), truth);
    }

    /** What the questions of the fact being generated share: made once per fact. */
    private Fact sharedFor;
    private Set<String> sharedTags;
    private Optional<String> sharedFeedback;
    private List<String> sharedFactIds;

    private QuestionInfo info(Fact fact, Form form, String prompt) {
        if (sharedFor != fact) {
            sharedFor = fact;
            sharedTags = Set.copyOf(fact.tags().isEmpty() ? handWrittenTags.getOrDefault(fact.id(), Set.of())
                    : new LinkedHashSet<>(fact.tags()));
            sharedFeedback = Optional.of(feedback(fact));
            sharedFactIds = List.of(fact.id());
        }
        return new QuestionInfo(idOf(fact, form), prompt, sharedFactIds, BigDecimal.ONE, sharedTags,
                Optional.of(difficulty(fact, form)), sharedFeedback, fact.location());
    }

    /** Recognising is easy (a true/false, a single choice); recalling the value, or every member of a list, is not. */
    static Difficulty difficulty(Fact fact, Form form) {
        boolean list = fact.value().orElse(null) instanceof FactValue.TextListValue;
        return form == Form.ENTRY || list ? Difficulty.MEDIUM : Difficulty.EASY;
    }

    /** What hand-written feedback does: the fact, and who reports it. */
    private String feedback(Fact fact) {
        List<String> cited = fact.sourceIds().stream().map(sources::get).filter(s -> s != null)
                .map(source -> citations.computeIfAbsent(source.id(), id -> source.citation())).toList();
        if (cited.isEmpty()) {
            return fact.statement();
        }
        return fact.statement() + " " + (cited.size() == 1 ? "Source: " : "Sources: ")
                + String.join("; ", cited) + ".";
    }

    private void add(Question question) {
        made.put(question.id(), question);
    }

    /** Seeded by the question's id, so that its options and its truth stay the same from one load to the next. */
    private static Random random(Fact fact, Form form) {
        return new Random(idOf(fact, form).hashCode());
    }
}
