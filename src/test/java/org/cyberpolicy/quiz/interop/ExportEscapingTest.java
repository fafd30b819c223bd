package org.cyberpolicy.quiz.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.Fact;
import org.cyberpolicy.quiz.bank.Location;
import org.cyberpolicy.quiz.bank.MatchPair;
import org.cyberpolicy.quiz.bank.PartialDate;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.QuestionInfo;
import org.cyberpolicy.quiz.bank.Source;
import org.cyberpolicy.quiz.interop.gift.GiftParser;
import org.cyberpolicy.quiz.interop.gift.GiftWriter;
import org.cyberpolicy.quiz.interop.moodle.MoodleXmlReader;
import org.cyberpolicy.quiz.interop.moodle.MoodleXmlWriter;
import org.junit.jupiter.api.Test;

/**
 * Bank text is untrusted: whatever it holds, the exports keep it as text (GIFT's special characters escaped, XML
 * escaped, comments unbreakable) and our import reads back exactly what was written.
 */
class ExportEscapingTest {

    private static final String HOSTILE = "a: b = c ~ d # e {f} \\g -> h %i% \"j\" <script>k</script> & -- --> ]]>"
            + "\nsecond line // not a comment";

    private static final Location HERE = Location.startOf("t.yaml");

    private static Bank bank(Question... questions) {
        Source source = new Source("src", "Outlet " + HOSTILE, "Title -->", Optional.empty(), PartialDate.of(2021, 7),
                Optional.of("https://example.org/a?b=c&d=--"), HERE);
        Fact fact = new Fact("f", "Statement " + HOSTILE, Optional.empty(), List.of(), List.of("src"), HERE);
        Map<String, Question> byId = new java.util.LinkedHashMap<>();
        for (Question q : questions) {
            byId.put(q.id(), q);
        }
        return new Bank(Map.of("src", source), Map.of("f", fact), byId, Map.of(), "v1");
    }

    private static QuestionInfo info(String id) {
        return new QuestionInfo(id, "Prompt " + HOSTILE, List.of("f"), BigDecimal.ONE, Set.of("tag " + HOSTILE),
                Optional.empty(), Optional.of("Feedback " + HOSTILE), HERE);
    }

    private static final Bank HOSTILE_BANK = bank(
            new Question.SingleChoice(info("single"), List.of(
                    new Choice("a", "%50% " + HOSTILE, true, Optional.of("fb " + HOSTILE)),
                    new Choice("b", "=other", false, Optional.empty()))),
            new Question.ShortAnswer(info("short"), List.of(HOSTILE, "x")),
            new Question.Matching(info("matching"), List.of(new MatchPair("left " + HOSTILE, "right " + HOSTILE),
                    new MatchPair("l2", "r2")), List.of("extra " + HOSTILE)));

    @Test
    void giftKeepsEveryCharacterAsTextThroughExportAndImport() {
        String gift = GiftWriter.write(ExportSelection.of(HOSTILE_BANK, Optional.empty()));
        ParsedFile back = GiftParser.parse(gift, "x.gift");
        assertEquals(List.of(), back.errors());
        assertSameQuestions(back);
        assertEquals(HOSTILE_BANK.facts().get("f").statement(), back.definitions().facts().get("f").statement());
    }

    @Test
    void giftTextIsMarkedPlainSoMoodleNeverRunsItAsHtml() {
        String gift = GiftWriter.write(ExportSelection.of(HOSTILE_BANK, Optional.empty()));
        assertTrue(gift.contains("::single::[plain]Prompt a\\: b \\= c \\~ d \\# e \\{f\\} \\\\g"), gift);
    }

    @Test
    void moodleXmlKeepsEveryCharacterAsTextThroughExportAndImport() {
        String xml = MoodleXmlWriter.write(ExportSelection.of(HOSTILE_BANK, Optional.empty()));
        assertTrue(xml.contains("<text>Prompt a: b = c ~ d # e {f} \\g -&gt; h %i% &quot;j&quot; &lt;script&gt;"), xml);
        ParsedFile back = MoodleXmlReader.read(xml.getBytes(StandardCharsets.UTF_8), "x.xml", 1 << 20);
        assertEquals(List.of(), back.errors());
        assertSameQuestions(back);
        assertEquals("Title -->", back.definitions().sources().get("src").title(), "a comment cannot be closed early");
    }

    private static void assertSameQuestions(ParsedFile back) {
        ImportMapper.Plan plan = ImportMapper.map(back.questions(), "x");
        assertEquals(BankYamlWriter.questions(HOSTILE_BANK.questions().values(), Map.of()),
                BankYamlWriter.questions(plan.questions(), Map.of()));
    }

    @Test
    void theYamlWriterQuotesAnyTextSoThatItCannotChangeTheFile() {
        String yaml = BankYamlWriter.questions(HOSTILE_BANK.questions().values(), Map.of("single",
                List.of("title\nquestions: []")));
        assertTrue(yaml.contains("  # title questions: []\n"), "a comment stays on its line");
        assertTrue(yaml.contains("prompt: \"Prompt a: b = c ~ d # e {f} \\\\g -> h %i% \\\"j\\\""), yaml);
    }
}
