package org.cyberpolicy.quiz.interop.moodle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.MatchPair;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.interop.ImportError;
import org.cyberpolicy.quiz.interop.ImportMapper;
import org.cyberpolicy.quiz.interop.ImportReport;
import org.cyberpolicy.quiz.interop.ParsedFile;
import org.cyberpolicy.quiz.interop.TextPosition;
import org.junit.jupiter.api.Test;

/** The Moodle XML samples of {@code src/test/resources/moodle/}: what each type becomes, and hostile files. */
class MoodleXmlReaderTest {

    private static ParsedFile read(String name) {
        try {
            return MoodleXmlReader.read(Files.readAllBytes(Path.of("src/test/resources/moodle", name)), name,
                    MoodleXmlReader.DEFAULT_MAX_BYTES);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static final ImportMapper.Plan SAMPLE = ImportMapper.map(read("sample.xml").questions(), "sample.xml");
    private static final Map<String, Question> BY_ID = SAMPLE.questions().stream()
            .collect(Collectors.toMap(Question::id, Function.identity()));

    @Test
    void theSampleReadsWithoutErrors() {
        assertEquals(List.of(), read("sample.xml").errors());
    }

    @Test
    void multichoiceWithOneRightAnswerIsSingleWithItsHtmlMadePlainAndItsGradeAndTags() {
        Question.SingleChoice q = assertInstanceOf(Question.SingleChoice.class, BY_ID.get("hafnium-blame"));
        assertEquals("Whom did Microsoft blame for the Exchange attack?", q.prompt());
        assertEquals(List.of(true, false, false), q.choices().stream().map(Choice::correct).toList());
        assertEquals(Optional.of("Yes."), q.choices().get(0).feedback());
        assertEquals(Optional.of("Microsoft named Hafnium."), q.info().feedback());
        assertEquals(0, q.points().compareTo(new BigDecimal("2")));
        assertEquals(Set.of("exchange", "groups"), q.info().tags());
    }

    @Test
    void multichoiceThatAllowsSeveralAnswersIsMultiple() {
        Question.MultipleChoice q = assertInstanceOf(Question.MultipleChoice.class, BY_ID.get("allies"));
        assertEquals(List.of(true, true, false), q.choices().stream().map(Choice::correct).toList());
    }

    @Test
    void trueFalseShortAnswerNumericalAndMatchingMapToTheirTypes() {
        assertEquals(true, assertInstanceOf(Question.TrueFalse.class, BY_ID.get("patched")).answer());
        assertEquals(Optional.of("It did."), BY_ID.get("patched").info().feedback());
        assertEquals(List.of("Hafnium", "HAFNIUM group"),
                assertInstanceOf(Question.ShortAnswer.class, BY_ID.get("group-name")).answers());
        Question.Numeric n = assertInstanceOf(Question.Numeric.class, BY_ID.get("groups-count"));
        assertEquals(0, n.answer().compareTo(BigDecimal.valueOf(6)));
        assertEquals(0, n.tolerance().compareTo(BigDecimal.ONE));
        Question.Matching m = assertInstanceOf(Question.Matching.class, BY_ID.get("roles"));
        assertEquals(List.of(new MatchPair("Blinken", "Secretary of State"),
                new MatchPair("Raab", "Foreign Secretary")), m.pairs());
        assertEquals(List.of("NATO Secretary General"), m.distractors());
    }

    @Test
    void theCategoryBecomesTagsWhenAQuestionHasNone() {
        assertEquals(Set.of("cyber-policy", "exchange"), BY_ID.get("patched").info().tags());
    }

    @Test
    void essayClozeAndDescriptionAreLeftOutWithTheirLineAndWhy() {
        List<ImportReport.Line> leftOut = SAMPLE.report().lines().stream().filter(l -> !l.imported()).toList();
        assertEquals(3, leftOut.size());
        assertTrue(leftOut.get(0).toString().endsWith("left out: Opinion (essay questions have no type here: they"
                + " are graded by hand)"), leftOut.get(0).toString());
        assertTrue(leftOut.get(1).note().contains("'cloze'"));
        assertTrue(leftOut.get(2).note().contains("description"));
        assertTrue(leftOut.get(0).position().line() > 50, "the line of the <question> element");
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsEverResolved() {
        ParsedFile parsed = read("xxe.xml");
        assertEquals(List.of(), parsed.questions());
        assertEquals(1, parsed.errors().size());
        assertTrue(parsed.errors().get(0).message().contains("DOCTYPE"), parsed.errors().get(0).message());
        assertEquals(2, parsed.errors().get(0).position().line());
    }

    @Test
    void xmlThatIsNotWellFormedIsAnErrorWithItsLineAndColumn() {
        ParsedFile parsed = read("broken.xml");
        assertEquals(1, parsed.errors().size());
        ImportError error = parsed.errors().get(0);
        assertEquals(5, error.position().line(), error.toString());
        assertTrue(error.message().startsWith("not well-formed XML"), error.message());
    }

    @Test
    void aFileOverTheSizeLimitIsNotParsed() {
        byte[] xml = "<quiz></quiz>".getBytes(StandardCharsets.UTF_8);
        ParsedFile parsed = MoodleXmlReader.read(xml, "x.xml", 5);
        assertEquals(List.of(new ImportError(new TextPosition(1, 1), "the file is 13 bytes; at most 5 are read")),
                parsed.errors());
    }

    @Test
    void aRootOtherThanQuizIsAnError() {
        ParsedFile parsed = MoodleXmlReader.read("<questions/>".getBytes(StandardCharsets.UTF_8), "x.xml", 100);
        assertTrue(parsed.errors().get(0).message().contains("<quiz>"));
    }
}
