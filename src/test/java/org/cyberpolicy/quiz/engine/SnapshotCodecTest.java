package org.cyberpolicy.quiz.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.cyberpolicy.quiz.attempt.QuizAssembler;
import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.BankConfig;
import org.cyberpolicy.quiz.bank.Quiz;
import org.cyberpolicy.quiz.bank.load.BankLoader;
import org.cyberpolicy.quiz.bank.load.LoadResult;
import org.cyberpolicy.quiz.bank.yaml.YamlLimits;
import org.cyberpolicy.quiz.engine.PresentedQuestion;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/** Frozen questions survive the trip to the database column unchanged. */
class SnapshotCodecTest {

    private final SnapshotCodec codec = new SnapshotCodec(new ObjectMapper().registerModule(new Jdk8Module()), 100);

    @Test
    void everyQuestionOfTheShippedBankReadsBackEqual() {
        Bank bank = ((LoadResult.Loaded) new BankLoader(BankConfig.DEFAULT_MAX_FILE_BYTES, YamlLimits.DEFAULT)
                .load(Path.of("questions"))).bank();
        Quiz quiz = bank.quiz("indictments-exam").orElseThrow();
        Quiz everything = new Quiz("everything", "Everything", java.util.Optional.empty(), Quiz.Mode.PRACTICE,
                bank.questions().keySet().stream().toList(), java.util.List.of(), true, true,
                java.util.Optional.empty(), java.util.Optional.empty(), Quiz.Grading.HIGHEST,
                java.util.Optional.empty(), quiz.location());

        for (PresentedQuestion presented : QuizAssembler.assemble(bank, everything, 11)) {
            FrozenQuestion frozen = FrozenQuestion.of(presented, bank);
            assertEquals(frozen, codec.read(codec.write(frozen)), presented.question().id());
        }
    }

    @Test
    void theSameSnapshotTextIsParsedOnceAndSharedAfterwards() {
        String json = codec.write(someFrozenQuestion());

        FrozenQuestion first = codec.read(json);

        assertSame(first, codec.read(new String(json.toCharArray())), "a copy of the text finds the parsed record");
    }

    @Test
    void withoutACacheEveryReadParsesAnEqualRecordAnew() {
        SnapshotCodec uncached = new SnapshotCodec(new ObjectMapper().registerModule(new Jdk8Module()), 0);
        String json = uncached.write(someFrozenQuestion());

        FrozenQuestion first = uncached.read(json);
        FrozenQuestion second = uncached.read(json);

        assertEquals(first, second);
        assertNotSame(first, second);
    }

    @Test
    void anUnreadableSnapshotFailsEveryTimeRatherThanBeingRemembered() {
        assertThrows(UncheckedIOException.class, () -> codec.read("{\"presented\": 1}"));
        assertThrows(UncheckedIOException.class, () -> codec.read("{\"presented\": 1}"));
    }

    private static FrozenQuestion someFrozenQuestion() {
        Bank bank = ((LoadResult.Loaded) new BankLoader(BankConfig.DEFAULT_MAX_FILE_BYTES, YamlLimits.DEFAULT)
                .load(Path.of("questions"))).bank();
        Quiz quiz = bank.quiz("indictments-exam").orElseThrow();
        return FrozenQuestion.of(QuizAssembler.assemble(bank, quiz, 5).get(0), bank);
    }
}
