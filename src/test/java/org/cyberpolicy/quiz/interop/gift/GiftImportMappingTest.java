package org.cyberpolicy.quiz.interop.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.MatchPair;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.interop.ImportMapper;
import org.cyberpolicy.quiz.interop.ImportReport;
import org.junit.jupiter.api.Test;

/** What each construct of {@code constructs.gift} becomes in the bank, and what the report says of it. */
class GiftImportMappingTest {

    private static final ImportMapper.Plan PLAN = GiftCorpus.map("constructs.gift");
    private static final Map<String, Question> BY_ID = PLAN.questions().stream()
            .collect(Collectors.toMap(Question::id, Function.identity()));

    private static <T extends Question> T q(String id, Class<T> type) {
        return assertInstanceOf(type, BY_ID.get(id), id);
    }

    private static ImportReport.Line line(String id) {
        return PLAN.report().lines().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theTitleMadeKebabCaseIsTheId() {
        assertTrue(BY_ID.containsKey("grant-s-tomb"));
        assertTrue(BY_ID.containsKey("what-is-the-colour-of-the-sky-on-a-clear-day"), "no title: from the text");
    }

    @Test
    void idsAreMadeUnique() {
        ImportMapper.Plan plan = ImportMapper.map(GiftParser.parse("::Q::A?{T}\n\n::Q::B?{F}\n\n::q::C?{T}", "x")
                .questions(), "x");
        assertEquals(List.of("q", "q-2", "q-3"), plan.questions().stream().map(Question::id).toList());
    }

    @Test
    void oneRightChoiceIsSingle() {
        Question.SingleChoice tomb = q("grant-s-tomb", Question.SingleChoice.class);
        assertEquals(List.of(false, false, true), tomb.choices().stream().map(Choice::correct).toList());
    }

    @Test
    void weightedChoicesAreMultipleWithEveryPositiveWeightRight() {
        Question.MultipleChoice tomb = q("two-in-the-tomb", Question.MultipleChoice.class);
        assertEquals(List.of(false, true, true, false), tomb.choices().stream().map(Choice::correct).toList());
        q("hometown", Question.MultipleChoice.class);
    }

    @Test
    void weightsOtherThanTheBanksEqualSharesAreReportedAsChanged() {
        assertTrue(line("hometown").note().contains("equal shares"), line("hometown").note());
        assertTrue(line("two-in-the-tomb").note().contains("equal shares"), "penalties of -100% each, not -50%");
        ImportMapper.Plan equalShares = ImportMapper.map(GiftParser.parse("::E::Which?{~%50%a ~%50%b ~%-100%c}", "x")
                .questions(), "x");
        assertEquals("1:1: 'e' imported as multiple", equalShares.report().lines().get(0).toString());
    }

    @Test
    void perAnswerAndGeneralFeedbackAreKept() {
        Question.SingleChoice spectrum = q("spectrum", Question.SingleChoice.class);
        assertEquals(Optional.of("right; good!"), spectrum.choices().get(0).feedback());
        assertEquals(Optional.of("We hope you're feeling well."), BY_ID.get("feeling").info().feedback());
    }

    @Test
    void trueFalseKeepsTheRightAnswersFeedbackBeforeTheGeneralOne() {
        Question.TrueFalse east = q("east", Question.TrueFalse.class);
        assertEquals(Optional.of("Right, in the East. It always does."), east.info().feedback());
        assertTrue(line("east").note().contains("wrong answer is left out"));
    }

    @Test
    void shortAnswersKeepEveryAcceptedAnswer() {
        assertEquals(List.of("Grant", "Ulysses S. Grant", "Ulysses Grant"),
                q("buried", Question.ShortAnswer.class).answers());
    }

    @Test
    void numbersBecomeAnswerAndToleranceAndARangeItsMiddle() {
        Question.Numeric range = q("pi-range", Question.Numeric.class);
        assertEquals(0, range.answer().compareTo(new BigDecimal("3.1415")));
        assertEquals(0, range.tolerance().compareTo(new BigDecimal("0.0005")));
        assertTrue(line("born-weighted").note().contains("only the first fully right number is kept"));
    }

    @Test
    void matchingKeepsPairsAndDistractors() {
        Question.Matching capitals = q("capitals", Question.Matching.class);
        assertEquals(new MatchPair("Canada", "Ottawa"), capitals.pairs().get(0));
        assertEquals(List.of("Canberra"), capitals.distractors());
    }

    @Test
    void theCategoryBecomesTags() {
        assertEquals(Set.of("cyber-policy", "indictments"), BY_ID.get("buried").info().tags());
    }

    @Test
    void questionsWithoutAFactCommentTestThePlaceholderAndOthersTheirFacts() {
        assertEquals(List.of(ImportMapper.PLACEHOLDER_FACT), BY_ID.get("buried").info().factIds());
        assertEquals(List.of("four-charged"), BY_ID.get("charged").info().factIds());
        assertTrue(PLAN.usesPlaceholder());
    }

    @Test
    void essaysAndDescriptionsAreLeftOutWithTheirLineAndWhy() {
        List<String> leftOut = PLAN.report().lines().stream().filter(l -> !l.imported()).map(Object::toString)
                .toList();
        assertEquals(List.of(
                "87:1: left out: Essay (essay questions have no type here: they are graded by hand)",
                "90:1: left out: Description (a description is text between questions, not a question)"), leftOut);
    }

    @Test
    void theReportNamesTheTypeOfEveryImportedQuestion() {
        assertEquals("7:1: 'grant-s-tomb' imported as single", line("grant-s-tomb").toString());
        assertEquals(22, PLAN.report().importedCount());
    }

    @Test
    void aChoiceQuestionWithoutARightAnswerIsLeftOut() {
        ImportMapper.Plan plan = ImportMapper.map(GiftParser.parse("::N::None?{~a ~b}", "x").questions(), "x");
        assertEquals("1:1: left out: N (no choice earns credit)", plan.report().lines().get(0).toString());
    }
}
