package org.cyberpolicy.quiz.interop.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.interop.ForeignQuestion;
import org.cyberpolicy.quiz.interop.ForeignQuestion.Choices;
import org.cyberpolicy.quiz.interop.ForeignQuestion.Numbers;
import org.cyberpolicy.quiz.interop.ForeignQuestion.Pairs;
import org.cyberpolicy.quiz.interop.ForeignQuestion.ShortAnswers;
import org.cyberpolicy.quiz.interop.ForeignQuestion.TrueFalse;
import org.cyberpolicy.quiz.interop.ForeignQuestion.WeightedText;
import org.cyberpolicy.quiz.interop.ImportError;
import org.cyberpolicy.quiz.interop.ParsedFile;
import org.cyberpolicy.quiz.interop.TextPosition;
import org.junit.jupiter.api.Test;

/** Every construct of Moodle's GIFT documentation, from {@code constructs.gift}, and errors with their places. */
class GiftParserTest {

    private static final ParsedFile CORPUS = GiftCorpus.parse("constructs.gift");

    private static ForeignQuestion q(String title) {
        return GiftCorpus.titled(CORPUS, title);
    }

    private static List<String> texts(List<WeightedText> answers) {
        return answers.stream().map(WeightedText::text).toList();
    }

    @Test
    void theCorpusHasNoErrorAndEveryQuestion() {
        assertEquals(List.of(), CORPUS.errors());
        assertEquals(24, CORPUS.questions().size());
    }

    @Test
    void aTitleAndRightAndWrongChoicesAreRead() {
        ForeignQuestion tomb = q("Grant's tomb");
        assertEquals("Who is buried in Grant's tomb?", tomb.text());
        Choices choices = assertInstanceOf(Choices.class, tomb.body());
        assertEquals(List.of("Grant", "Jefferson", "no one"), texts(choices.choices()));
        assertEquals(List.of(0, 0, 100), choices.choices().stream().map(c -> c.percent().intValue()).toList());
    }

    @Test
    void eachQuestionKnowsTheLineAndColumnItStartsAt() {
        assertEquals(new TextPosition(7, 1), q("Grant's tomb").position());
        assertEquals(new TextPosition(20, 1), q("Spectrum").position());
    }

    @Test
    void answersInTheMiddleOfTheSentenceLeaveABlank() {
        ForeignQuestion missingWord = CORPUS.questions().get(1);
        assertEquals("Grant is _____ in Grant's tomb.", missingWord.text());
        assertEquals("The American holiday of Thanksgiving is celebrated on the _____ Thursday of November.",
                q("Thanksgiving").text());
    }

    @Test
    void feedbackOfEachAnswerIsKept() {
        Choices choices = assertInstanceOf(Choices.class, q("Spectrum").body());
        assertEquals(Optional.of("right; good!"), choices.choices().get(0).feedback());
        assertEquals(Optional.of("wrong, it's yellow"), choices.choices().get(1).feedback());
    }

    @Test
    void weightsIncludingPenaltiesAreRead() {
        Choices choices = assertInstanceOf(Choices.class, q("Two in the tomb").body());
        assertEquals(List.of(-100, 50, 50, -100), choices.choices().stream().map(c -> c.percent().intValue()).toList());
    }

    @Test
    void answersWithOnlyEqualsSignsAreShortAnswers() {
        ShortAnswers answers = assertInstanceOf(ShortAnswers.class, q("Buried").body());
        assertEquals(List.of("Grant", "Ulysses S. Grant", "Ulysses Grant"), texts(answers.answers()));
        ShortAnswers weighted = assertInstanceOf(ShortAnswers.class, q("Two plus two").body());
        assertEquals(new BigDecimal("50"), weighted.answers().get(2).percent());
    }

    @Test
    void trueAndFalseInEveryWritingWithTheirFeedback() {
        assertEquals(true, assertInstanceOf(TrueFalse.class, q("NYC").body()).answer());
        assertEquals(false, assertInstanceOf(TrueFalse.class, q("West").body()).answer());
        TrueFalse east = assertInstanceOf(TrueFalse.class, q("East").body());
        assertEquals(Optional.of("No, it rises in the East."), east.feedbackIfWrong());
        assertEquals(Optional.of("Right, in the East."), east.feedbackIfRight());
        assertEquals(Optional.of("It always does."), q("East").generalFeedback());
    }

    @Test
    void matchingPairsAndADistractorWithAnEmptyLeftSide() {
        Pairs pairs = assertInstanceOf(Pairs.class, q("Capitals").body());
        assertEquals(5, pairs.pairs().size());
        assertEquals(new ForeignQuestion.Pair("Italy", "Rome"), pairs.pairs().get(1));
        assertEquals(new ForeignQuestion.Pair("", "Canberra"), pairs.pairs().get(4));
    }

    @Test
    void numbersWithAToleranceARangeAndSeveralWeightedAnswers() {
        Numbers born = assertInstanceOf(Numbers.class, q("Born").body());
        assertEquals(0, born.answers().get(0).value().compareTo(new BigDecimal("1822")));
        assertEquals(0, born.answers().get(0).tolerance().compareTo(new BigDecimal("5")));
        Numbers range = assertInstanceOf(Numbers.class, q("Pi range").body());
        assertEquals(0, range.answers().get(0).value().compareTo(new BigDecimal("3.1415")));
        assertEquals(0, range.answers().get(0).tolerance().compareTo(new BigDecimal("0.0005")));
        Numbers weighted = assertInstanceOf(Numbers.class, q("Born weighted").body());
        assertEquals(2, weighted.answers().size());
        assertEquals(new BigDecimal("50"), weighted.answers().get(1).percent());
        assertEquals(Optional.of("Correct! Full credit."), weighted.answers().get(0).feedback());
    }

    @Test
    void escapedSpecialCharactersAreTextAndBackslashNIsALineBreak() {
        ForeignQuestion escapes = q("Escapes");
        assertEquals("Which holds: 1 + 1 = 2, {braces}, #hash and a tilde ~?\nSay so.", escapes.text());
        assertEquals(List.of("yes = right", "no ~ wrong"),
                texts(assertInstanceOf(Choices.class, escapes.body()).choices()));
    }

    @Test
    void htmlIsMadePlainWhileMarkdownAndPlainTextStayAsWritten() {
        assertEquals("Which word is bold & strong?", q("HTML").text());
        assertEquals("Which *word* is stressed?", q("Markdown").text());
        assertEquals("Is <b> shown as written?", q("Plain").text());
    }

    @Test
    void generalFeedbackAfterFourHashes() {
        assertEquals(Optional.of("We hope you're feeling well."), q("Feeling").generalFeedback());
    }

    @Test
    void emptyBracesAreAnEssayAndNoBracesADescription() {
        assertInstanceOf(ForeignQuestion.Essay.class, q("Essay").body());
        assertInstanceOf(ForeignQuestion.Description.class, q("Description").body());
    }

    @Test
    void theCategoryAppliesToTheQuestionsAfterIt() {
        assertEquals(List.of("Cyber policy", "Indictments"), q("Grant's tomb").category());
    }

    @Test
    void aQuestionRightUnderItsCategoryLineIsRead() {
        ParsedFile parsed = GiftParser.parse("$CATEGORY: Policy\n::Q::Sky?{T}\n", "x.gift");
        assertEquals(List.of("Policy"), parsed.questions().get(0).category());
        assertEquals(new TextPosition(2, 1), parsed.questions().get(0).position());
    }

    @Test
    void factAndSourceCommentsAnnotateTheNextQuestionOnly() {
        assertEquals(List.of("four-charged"), q("Charged").annotations().factIds());
        assertEquals(List.of("daily"), q("Charged").annotations().sourceIds());
        assertEquals(List.of(), q("Born").annotations().factIds());
    }

    @Test
    void everyErrorIsReportedWithItsLineAndColumnAndTheOtherQuestionsStillParse() {
        ParsedFile broken = GiftCorpus.parse("errors.gift");
        assertEquals(List.of(
                "2:1: the title opened here is not closed with '::'",
                "4:18: the answers opened here are not closed with '}'",
                "6:14: the weight 'abc' is not a percentage",
                "8:14: 'four' is not a number (write 3, 3:0.5 or 1..5)",
                "10:9: '}' closes no answer part: write \\} for a brace in the text",
                "12:30: a second '{': a question has one answer part in braces; write \\{ for a brace in the text",
                "14:25: a matching question needs '->' in every answer, and this one has none",
                "16:10: expected an answer starting with '=' or '~', found 'z'",
                "18:20: the weight 150% lies outside -100% to 100%"),
                broken.errors().stream().map(ImportError::toString).toList());
    }

    @Test
    void aQuestionSpreadOverLinesReportsTheLineOfItsError() {
        ParsedFile parsed = GiftParser.parse("::Q::Which one?\n{\n  =a\n  ~%50b\n}\n", "x.gift");
        assertEquals(List.of(new ImportError(new TextPosition(4, 4), "the weight opened here is not closed with '%'")),
                parsed.errors());
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreRead() {
        ParsedFile parsed = GiftParser.parse("\uFEFF// c\r\n::A::Sky?{=blue ~red}\r\n\r\n::B::Grass?{=green ~red}\r\n",
                "x.gift");
        assertEquals(List.of(), parsed.errors());
        assertEquals(2, parsed.questions().size());
        assertEquals(new TextPosition(4, 1), parsed.questions().get(1).position());
    }

    @Test
    void aScriptInHtmlTextIsDroppedWithItsContent() {
        ParsedFile parsed = GiftParser.parse("[html]Pick<script>alert(1)</script> one{=a ~b}", "x.gift");
        assertEquals("Pick one", parsed.questions().get(0).text());
        assertTrue(parsed.errors().isEmpty());
    }
}
