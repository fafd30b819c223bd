package org.cyberpolicy.quiz.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.BankConfig;
import org.cyberpolicy.quiz.bank.load.BankLoader;
import org.cyberpolicy.quiz.bank.load.LoadResult;
import org.cyberpolicy.quiz.bank.yaml.YamlLimits;
import org.cyberpolicy.quiz.interop.gift.GiftParser;
import org.cyberpolicy.quiz.interop.gift.GiftWriter;
import org.cyberpolicy.quiz.interop.moodle.MoodleXmlReader;
import org.cyberpolicy.quiz.interop.moodle.MoodleXmlWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped bank exported, then imported by our own import: the same questions, facts and sources come back. */
class ShippedBankRoundTripTest {

    private static final Bank SHIPPED = load(Path.of("questions"));

    @TempDir
    Path out;

    @Test
    void giftExportThenImportGivesBackEveryQuestionFactAndSource() throws IOException {
        String gift = GiftWriter.write(ExportSelection.of(SHIPPED, Optional.empty()));
        Bank back = importAndLoad(GiftParser.parse(gift, "bank.gift"));
        assertSameContent(SHIPPED, back);
    }

    @Test
    void moodleXmlExportThenImportGivesBackEveryQuestionFactAndSource() throws IOException {
        String xml = MoodleXmlWriter.write(ExportSelection.of(SHIPPED, Optional.empty()));
        Bank back = importAndLoad(MoodleXmlReader.read(xml.getBytes(StandardCharsets.UTF_8), "bank.xml",
                MoodleXmlReader.DEFAULT_MAX_BYTES));
        assertSameContent(SHIPPED, back);
    }

    @Test
    void oneQuizsExportHoldsTheQuestionsThatQuizCanShowAndNoOther() throws IOException {
        String quizId = "indictments-exam";
        ExportSelection selection = ExportSelection.of(SHIPPED, Optional.of(quizId));
        Bank back = importAndLoad(GiftParser.parse(GiftWriter.write(selection), "quiz.gift"));
        assertEquals(SHIPPED.quiz(quizId).orElseThrow().questionIds().stream().sorted().toList(),
                back.questions().keySet().stream().sorted().toList());
    }

    private Bank importAndLoad(ParsedFile parsed) throws IOException {
        assertEquals(java.util.List.of(), parsed.errors());
        Importer.Outcome outcome = new Importer(BankConfig.DEFAULT_MAX_FILE_BYTES).importInto(parsed, "export", out,
                Optional.empty());
        Importer.Written written = assertInstanceOf(Importer.Written.class, outcome, outcome::toString);
        assertEquals(0, written.report().leftOutCount(), written.report()::toString);
        assertEquals(0, written.placeholderQuestions());
        return load(out);
    }

    private static void assertSameContent(Bank expected, Bank actual) {
        // The bank's own questions: those generated from facts are not exported (they are made again on loading).
        assertEquals(BankYamlWriter.questions(expected.questions().values().stream()
                .filter(q -> !q.info().generated()).toList(), Map.of()),
                BankYamlWriter.questions(actual.questions().values(), Map.of()));
        assertEquals(BankYamlWriter.facts(sorted(expected.facts(), f -> f.id())),
                BankYamlWriter.facts(sorted(actual.facts(), f -> f.id())));
        assertEquals(BankYamlWriter.sources(sorted(expected.sources(), s -> s.id())),
                BankYamlWriter.sources(sorted(actual.sources(), s -> s.id())));
        assertTrue(expected.questions().size() > 50);
    }

    private static <T> java.util.List<T> sorted(Map<String, T> items, Function<T, String> id) {
        return items.values().stream().sorted(Comparator.comparing(id)).toList();
    }

    private static Bank load(Path folder) {
        LoadResult result = new BankLoader(BankConfig.DEFAULT_MAX_FILE_BYTES, YamlLimits.DEFAULT).load(folder);
        return assertInstanceOf(LoadResult.Loaded.class, result, result::toString).bank();
    }
}
