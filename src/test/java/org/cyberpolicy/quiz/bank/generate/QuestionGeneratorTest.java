package org.cyberpolicy.quiz.bank.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.cyberpolicy.quiz.bank.AnswerText;
import org.cyberpolicy.quiz.bank.Asking;
import org.cyberpolicy.quiz.bank.Asking.Form;
import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.Fact;
import org.cyberpolicy.quiz.bank.FactValue;
import org.cyberpolicy.quiz.bank.Kind;
import org.cyberpolicy.quiz.bank.Location;
import org.cyberpolicy.quiz.bank.PartialDate;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.QuestionInfo;
import org.cyberpolicy.quiz.bank.Source;
import org.junit.jupiter.api.Test;

/** Questions generated from facts: their forms, ids, texts, and wrong options that are never right. */
class QuestionGeneratorTest {

    static final Location HERE = new Location("facts.yaml", 3, 5);
    static final Source DAILY = new Source("daily", "The Daily", "Four charged", Optional.empty(),
            PartialDate.of(2021, 7, 19), Optional.empty(), HERE);
    static final Kind AGENCY = new Kind("agency", List.of("Ministry of State Security", "Ministry of Public Security",
            "People's Liberation Army", "Cyberspace Administration of China", "MSS"), HERE);

    static Fact fact(String id, FactValue value, List<String> aliases, String kind, String ask, String claim,
            Set<Form> forms) {
        return new Fact(id, "The statement of " + id + ".", Optional.of(value), aliases, List.of("daily"),
                List.of(), Optional.empty(), Optional.empty(), HERE, new Asking(Optional.of(kind),
                        Optional.ofNullable(ask), Optional.ofNullable(claim), Optional.ofNullable(forms), HERE));
    }

    static Fact announced() {
        return fact("announced", new FactValue.DateValue(PartialDate.of(2021, 7, 19)), List.of(), "date",
                "On what date were the charges made public?", "The charges were made public on {value}.", null);
    }

    static Map<String, Question> generate(List<Fact> facts, List<Question> handWritten) {
        QuestionGenerator.Result result = QuestionGenerator.generate(facts, Map.of("agency", AGENCY),
                Map.of("daily", DAILY), handWritten);
        assertEquals(List.of(), result.errors());
        return result.questions();
    }

    @Test
    void aDateGivesADateToEnterAChoiceAmongNearDatesAndAClaim() {
        Map<String, Question> made = generate(List.of(announced()), List.of());
        assertEquals(List.of("announced~entry", "announced~choice", "announced~true-false"),
                List.copyOf(made.keySet()));
        Question.DateAnswer entry = assertInstanceOf(Question.DateAnswer.class, made.get("announced~entry"));
        assertEquals(PartialDate.of(2021, 7, 19), entry.answer());
        assertEquals("On what date were the charges made public?", entry.prompt());
        Question.SingleChoice choice = assertInstanceOf(Question.SingleChoice.class, made.get("announced~choice"));
        assertEquals(4, choice.choices().size());
        assertEquals(List.of("19 July 2021"), choice.choices().stream().filter(Choice::correct).map(Choice::text)
                .toList());
        assertEquals(List.of("a", "b", "c", "d"), choice.choices().stream().map(Choice::id).toList());
        Question.TrueFalse claim = assertInstanceOf(Question.TrueFalse.class, made.get("announced~true-false"));
        assertEquals(claim.answer(), claim.prompt().equals("The charges were made public on 19 July 2021."),
                claim.prompt());
    }

    @Test
    void generatedQuestionsTeachTheFactWithItsSourcesAndCarryTheTagsOfItsQuestions() {
        Question handWritten = new Question.TrueFalse(new QuestionInfo("q1", "?", List.of("announced"),
                BigDecimal.ONE, Set.of("indictments"), Optional.empty(), Optional.empty(), HERE), true);
        Question entry = generate(List.of(announced()), List.of(handWritten)).get("announced~entry");
        assertEquals(Optional.of("The statement of announced. Source: The Daily, \u201cFour charged\u201d, 2021-07-19."),
                entry.info().feedback());
        assertEquals(Set.of("indictments"), entry.info().tags());
        assertEquals(List.of("announced"), entry.info().factIds());
        assertTrue(entry.info().generated());
        assertEquals(HERE, entry.info().location());
    }

    @Test
    void theSameFactsGiveTheSameQuestionsEveryTime() {
        assertEquals(generate(List.of(announced()), List.of()), generate(List.of(announced()), List.of()));
    }

    @Test
    void generateNarrowsTheFormsOrTurnsThemOff() {
        Fact narrowed = fact("n", new FactValue.NumberValue(BigDecimal.valueOf(4)), List.of(), "number",
                "How many were charged?", "{value} people were charged.", Set.of(Form.CHOICE));
        Fact off = fact("off", new FactValue.NumberValue(BigDecimal.valueOf(4)), List.of(), "number",
                "How many were charged?", null, Set.of());
        assertEquals(Set.of("n~choice"), generate(List.of(narrowed, off), List.of()).keySet());
    }

    @Test
    void aNameGivesAShortAnswerWithItsAliasesAndWrongOptionsFromItsKindButNeverAnAlias() {
        Fact agency = fact("agency", new FactValue.TextValue("Ministry of State Security"), List.of("MSS"), "agency",
                "Which ministry did the four work for?", "The four worked for the {value}.", null);
        Map<String, Question> made = generate(List.of(agency), List.of());
        Question.ShortAnswer entry = (Question.ShortAnswer) made.get("agency~entry");
        assertEquals(List.of("Ministry of State Security", "MSS"), entry.answers());
        Question.SingleChoice choice = (Question.SingleChoice) made.get("agency~choice");
        assertEquals(Set.of("Ministry of State Security", "Ministry of Public Security", "People's Liberation Army",
                "Cyberspace Administration of China"), Set.copyOf(choice.choices().stream().map(Choice::text)
                        .toList()));
    }

    @Test
    void aListGivesAMultipleChoiceWhoseWrongOptionsAreTheKindsOtherValues() {
        Kind country = new Kind("country", List.of("Norway", "Brazil", "India", "Iran", "Japan"), HERE);
        Fact allies = fact("allies", new FactValue.TextListValue(List.of("Norway", "Japan")), List.of(), "country",
                "Which countries joined?", null, null);
        QuestionGenerator.Result result = QuestionGenerator.generate(List.of(allies), Map.of("country", country),
                Map.of(), List.of());
        Question.MultipleChoice choice = (Question.MultipleChoice) result.questions().get("allies~choice");
        assertEquals(Set.of("Norway", "Japan"), Set.copyOf(choice.choices().stream().filter(Choice::correct)
                .map(Choice::text).toList()));
        assertEquals(Set.of("Brazil", "India", "Iran"), Set.copyOf(choice.choices().stream()
                .filter(c -> !c.correct()).map(Choice::text).toList()));
        assertEquals(Set.of("allies~choice"), result.questions().keySet());
    }

    @Test
    void aKindTooSmallForThreeWrongOptionsIsAWarningOrAnErrorWhenTheFormWasAskedFor() {
        Kind small = new Kind("small", List.of("Alpha", "Beta"), HERE);
        Fact byDefault = fact("by-default", new FactValue.TextValue("Gamma"), List.of(), "small", "Which?", null,
                null);
        Fact asked = fact("asked", new FactValue.TextValue("Delta"), List.of(), "small", "What?", null,
                Set.of(Form.CHOICE));
        QuestionGenerator.Result result = QuestionGenerator.generate(List.of(byDefault, asked),
                Map.of("small", small), Map.of(), List.of());
        // by-default has Alpha, Beta and Delta (another fact of the kind): enough; asked has Alpha, Beta, Gamma.
        assertEquals(List.of(), result.errors());
        Kind tiny = new Kind("small", List.of("Alpha"), HERE);
        result = QuestionGenerator.generate(List.of(byDefault, asked), Map.of("small", tiny), Map.of(), List.of());
        assertEquals(1, result.errors().size());
        assertTrue(result.errors().get(0).message().contains("fact 'asked' gets no single choice (asked~choice)"),
                result.errors().toString());
        assertTrue(result.errors().get(0).message().contains("kind 'small'"));
        assertEquals(1, result.warnings().size());
        assertTrue(result.warnings().get(0).message().contains("fact 'by-default' gets no single choice"));
        assertTrue(result.questions().containsKey("by-default~entry"));
    }

    @Test
    void anAskThatContainsItsAnswerOrRepeatsAnotherFactsIsAnError() {
        Fact giveaway = fact("g", new FactValue.TextValue("Hafnium"), List.of(), "agency",
                "Which group, Hafnium, did Microsoft blame?", null, null);
        Fact one = fact("one", new FactValue.NumberValue(BigDecimal.ONE), List.of(), "number", "How many?", null,
                null);
        Fact two = fact("two", new FactValue.NumberValue(BigDecimal.valueOf(2)), List.of(), "number", "How  many?", null,
                null);
        QuestionGenerator.Result result = QuestionGenerator.generate(List.of(giveaway, one, two),
                Map.of("agency", AGENCY), Map.of(), List.of());
        assertEquals(2, result.errors().size(), result.errors().toString());
        assertTrue(result.errors().stream().anyMatch(e -> e.message().contains("contains its answer 'Hafnium'")));
        assertTrue(result.errors().stream().anyMatch(e -> e.message().contains("fact 'two' asks the same question"
                + " as fact 'one'")));
    }

    @Test
    void aNumberUsesTheToleranceOfItsNumericQuestionsForEntryAndNeighbours() {
        Fact dozen = fact("dozen", new FactValue.NumberValue(BigDecimal.valueOf(12)), List.of(), "number",
                "How many countries?", null, null);
        Question handWritten = new Question.Numeric(new QuestionInfo("q1", "?", List.of("dozen"), BigDecimal.ONE,
                Set.of(), Optional.empty(), Optional.empty(), HERE), BigDecimal.valueOf(12), BigDecimal.valueOf(4));
        Map<String, Question> made = generate(List.of(dozen), List.of(handWritten));
        assertEquals(0, BigDecimal.valueOf(4).compareTo(((Question.Numeric) made.get("dozen~entry")).tolerance()));
        ((Question.SingleChoice) made.get("dozen~choice")).choices().stream().filter(c -> !c.correct())
                .forEach(c -> assertTrue(new BigDecimal(c.text()).subtract(BigDecimal.valueOf(12)).abs()
                        .compareTo(BigDecimal.valueOf(4)) > 0, c.text()));
    }

    /** The property: over many facts, no wrong option and no false claim is true of its fact. */
    @Test
    void wrongOptionsAndFalseClaimsAreNeverTrueOfTheFact() {
        Random random = new Random(21);
        List<Fact> facts = new ArrayList<>();
        List<Question> handWritten = new ArrayList<>();
        List<String> names = List.of("Ministry of State Security", "MSS", "Hafnium", "the Hafnium group", "Exchange",
                "Microsoft Exchange", "Lisa Monaco", "Monaco", "VPN", "VPNs", "People's Liberation Army", "PLA");
        Kind names12 = new Kind("names", names, HERE);
        for (int i = 0; i < 600; i++) {
            String id = "f" + i;
            switch (i % 4) {
                case 0 -> {
                    PartialDate date = switch (random.nextInt(3)) {
                        case 0 -> PartialDate.ofYear(1 + random.nextInt(2100));
                        case 1 -> PartialDate.of(1 + random.nextInt(2100), 1 + random.nextInt(12));
                        default -> PartialDate.of(1 + random.nextInt(2100), 1 + random.nextInt(12),
                                1 + random.nextInt(28));
                    };
                    facts.add(fact(id, new FactValue.DateValue(date), List.of(), "date", "When " + id + "?",
                            "It was {value}.", null));
                }
                case 1 -> {
                    BigDecimal number = BigDecimal.valueOf(random.nextInt(20000) - 5000, random.nextInt(3));
                    facts.add(fact(id, new FactValue.NumberValue(number), List.of(), "number", "How many " + id + "?",
                            "It was {value}.", null));
                    BigDecimal tolerance = BigDecimal.valueOf(random.nextInt(50), random.nextInt(2));
                    handWritten.add(new Question.Numeric(new QuestionInfo("q" + i, "?", List.of(id), BigDecimal.ONE,
                            Set.of(), Optional.empty(), Optional.empty(), HERE), number, tolerance));
                }
                default -> {
                    String name = names.get(random.nextInt(names.size()));
                    List<String> aliases = random.nextBoolean() ? List.of(" " + name.toUpperCase() + ". ")
                            : List.of();
                    facts.add(fact(id, new FactValue.TextValue(name), aliases, "names", "Who " + id + "?",
                            "It was {value}.", null));
                }
            }
        }
        // Many facts of one kind: its candidates are then drawn at random and checked one by one.
        for (int i = 0; i < 200; i++) {
            String name = "Officer " + (i % 150);
            facts.add(fact("many-" + i, new FactValue.TextValue(name), List.of(name.toUpperCase() + " Jr"), "names",
                    "Who is officer case " + i + "?", "It was {value}.", null));
        }
        QuestionGenerator.Result result = QuestionGenerator.generate(facts, Map.of("names", names12), Map.of(),
                handWritten);
        Map<String, BigDecimal> tolerance = new java.util.HashMap<>();
        handWritten.forEach(q -> tolerance.put(q.info().factIds().get(0), ((Question.Numeric) q).tolerance()));
        int checked = 0;
        for (Fact fact : facts) {
            Question choice = result.questions().get(fact.id() + "~choice");
            Question.TrueFalse claim = (Question.TrueFalse) result.questions().get(fact.id() + "~true-false");
            assertTrue(choice != null && claim != null, fact.id());
            List<String> wrong = new ArrayList<>(((Question.SingleChoice) choice).choices().stream()
                    .filter(c -> !c.correct()).map(Choice::text).toList());
            assertEquals(3, wrong.size());
            assertEquals(1, ((Question.SingleChoice) choice).choices().stream().filter(Choice::correct).count());
            if (!claim.answer()) {
                wrong.add(claim.prompt().substring("It was ".length(), claim.prompt().length() - 1));
            } else {
                assertEquals("It was " + rightText(fact) + ".", claim.prompt());
            }
            for (String w : wrong) {
                assertFalse(isTrueOf(fact, w, tolerance.getOrDefault(fact.id(), BigDecimal.ZERO)),
                        fact.id() + " " + fact.value().get() + " offers '" + w + "'");
                checked++;
            }
        }
        assertTrue(checked >= 2400, "checked " + checked);
    }

    private static String rightText(Fact fact) {
        FactValue value = fact.value().get();
        return value instanceof FactValue.DateValue d ? QuestionGenerator.spoken(d.date()) : value.display();
    }

    private static boolean isTrueOf(Fact fact, String option, BigDecimal tolerance) {
        FactValue value = fact.value().get();
        if (value instanceof FactValue.DateValue date) {
            return QuestionGenerator.spoken(date.date()).equals(option);
        }
        if (value instanceof FactValue.NumberValue number) {
            return new BigDecimal(option).subtract(number.number()).abs().compareTo(tolerance) <= 0;
        }
        List<String> accepted = new ArrayList<>(fact.aliases());
        accepted.add(value.display());
        String normal = AnswerText.normalise(option);
        return accepted.stream().map(AnswerText::normalise).anyMatch(a -> a.equals(normal)
                || QuestionGenerator.contains(a, normal) || QuestionGenerator.contains(normal, a));
    }
}
