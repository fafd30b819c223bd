package org.cyberpolicy.quiz.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.BankConfig;
import org.cyberpolicy.quiz.bank.Quiz;
import org.cyberpolicy.quiz.bank.load.BankLoader;
import org.cyberpolicy.quiz.bank.load.LoadResult;
import org.cyberpolicy.quiz.bank.yaml.YamlLimits;
import org.cyberpolicy.quiz.quiz.PresentedQuestion;
import org.cyberpolicy.quiz.quiz.QuizAssembler;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/** Frozen questions survive the trip to the database column unchanged. */
class SnapshotCodecTest {

    private final SnapshotCodec codec = new SnapshotCodec(new ObjectMapper().registerModule(new Jdk8Module()));

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
}
